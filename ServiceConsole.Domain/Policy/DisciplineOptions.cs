namespace ServiceConsole.Domain.Policy;

/// <summary>
/// GEN-07 (制度 1 第三章 七、八): the rewards and penalties and the causes the policy lists for each kind, and how much an
/// approved penalty takes off the month's rule-compliance score (TRN-04). The cause lists default to the policy's own
/// wording; a configured list replaces the default rather than adding to it (<c>Policy:General:Discipline:WarningCauses:0</c>).
/// </summary>
public sealed class DisciplineOptions
{
    /// <summary>The longest cause text accepted in a list.</summary>
    public const int MaxCauseLength = 200;

    /// <summary>GEN-07: causes for a commendation (表扬, 制度 1 七.1).</summary>
    public string[] CommendationCauses { get; set; } =
    [
        "品德端正,工作努力,能适时完成任务",
        "维护团体荣誉,有具体事迹",
        "热心服务,有具体事迹",
        "有其他功绩,足为其他员工楷模",
    ];

    /// <summary>GEN-07: causes for a merit (记功, 制度 1 七.2).</summary>
    public string[] MeritCauses { get; set; } =
    [
        "对管理制度或技术等事件提出具体方案,经执行确具成效",
        "节约物料,或对废料利用具成效",
        "遇有灾变,勇于负责,并处置得当",
        "举出违规或损害公司利益之案",
        "具有其他较大功绩,足以表扬",
    ];

    /// <summary>GEN-07: causes for a major merit (记大功, 制度 1 七.3).</summary>
    public string[] MajorMeritCauses { get; set; } =
    [
        "遇有意外事件或灾变,奋不顾身,极力抢救因而减少损害",
        "维护公司安全,冒险执行任务,确有实际功绩",
        "维护公司重大利益,竭尽全力,避免重大损失",
        "具有其他重大功绩,足为其他员工之表率",
    ];

    /// <summary>GEN-07: causes for a warning (警告, 制度 1 八.1).</summary>
    public string[] WarningCauses { get; set; } =
    [
        "在工作时间谈天、嬉戏或从事与工作无关的事情",
        "工作时间内擅自离开工作岗位,或无故迟到、早退、旷工",
        "因过失以致发生工作失误,情节轻微",
        "妨害现场工作秩序或违反安全卫生工作",
        "无故不参加公司安排的培训课程",
        "浪费公物,情节轻微",
        "检查或监督人员未认真履行职责",
        "遗失员工证或员工守则,或未按要求穿戴整洁工作服和佩戴工作证",
        "破坏环境卫生",
    ];

    /// <summary>GEN-07: causes for a demerit (记过, 制度 1 八.2).</summary>
    public string[] DemeritCauses { get; set; } =
    [
        "对上级指示或有期限之命令,未申报理由而未如期完成或处理不当",
        "因疏忽导致公共财物设备或物品材料遭受损害或伤及他人",
        "在工作场所喧哗、嬉戏、吵闹妨害他人工作",
        "未经允许擅自携带外人进入工作区参观",
        "携带危险物品进入工作区",
        "在禁烟区吸烟",
        "投机取巧,隐瞒蒙蔽,谋取非分利益",
        "对同仁恶意攻击或诬告、伪证而制造事端",
        "在工作时间内擅离工作岗位,躺卧、睡觉",
        "涂改工卡,代替他人打卡或接受他人打卡",
    ];

    /// <summary>GEN-07: causes for a major demerit (记大过, 制度 1 八.3).</summary>
    public string[] MajorDemeritCauses { get; set; } =
    [
        "擅离职守,导致事故,使公司蒙受重大损失",
        "泄漏公司业务机密",
        "违反公司规定带出物品",
        "遗失经管之重要文件、机件、物件或工具",
        "撕毁公文或公共文件",
        "擅自变更工作方法致使公司蒙受重大损失",
        "拒绝听从管理人员合理指挥监督",
        "违反安全规定措施导致公司蒙受重大不利",
    ];

    /// <summary>GEN-07: causes for a dismissal (解雇, 制度 1 八.4).</summary>
    public string[] DismissalCauses { get; set; } =
    [
        "盗窃同仁或公有财物",
        "于受聘时虚报资料,使本公司误信而遭受损害",
        "对上级或同事实施暴行或有重大侮辱之行为",
        "违反劳动合同或工作规则,情节严重",
        "蓄意损害公司或他人财物,或故意泄漏公司机密致使公司蒙受损害",
        "违法犯罪,触犯刑律",
        "无正当理由累计旷工三日",
        "就职期间在外从事同类行业",
        "组织、煽动怠工,或采取不正当手段要挟领导,扰乱公司秩序",
        "在公司内赌博",
    ];

    /// <summary>
    /// GEN-07 → TRN-04 (interpretation: the policy says penalties exist but not what they weigh in the assessment): an
    /// approved warning dated in a month takes this many points off that month's rule-compliance score (0–100).
    /// </summary>
    public int WarningDeduction { get; set; } = 5;

    /// <summary>GEN-07 → TRN-04 (interpretation): points an approved demerit takes off the month's rule compliance.</summary>
    public int DemeritDeduction { get; set; } = 15;

    /// <summary>GEN-07 → TRN-04 (interpretation): points an approved major demerit takes off the month's rule compliance.</summary>
    public int MajorDemeritDeduction { get; set; } = 30;

    /// <summary>GEN-07 → TRN-04 (interpretation): points an approved dismissal takes off the month's rule compliance (all of it).</summary>
    public int DismissalDeduction { get; set; } = 100;
}
