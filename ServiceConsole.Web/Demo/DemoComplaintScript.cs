using ServiceConsole.Domain;
using ServiceConsole.Domain.Complaints;

namespace ServiceConsole.Web.Demo;

/// <summary>What the demo's staff write on a complaint: findings and the party at fault, evidence, notes of each round and call.</summary>
public static class DemoComplaintScript
{
    private static readonly string[] DeclineNotes = ["客户认为补偿偏低", "客户希望加急重新派送", "客户要求先核实责任人"];

    private static readonly string[] CallbackNotes = ["客户对处理结果满意", "客户表示认可,感谢跟进", "客户已收到补偿,无其他诉求"];

    private static readonly string[] UnsatisfiedNotes = ["客户仍不满意,要求重新处理", "补偿未到账,客户要求再次协调"];

    /// <summary>The finding, who is at fault (CMP-11/12) and, for a courier, who that courier is.</summary>
    public static (string Findings, FaultParty Fault, string? Accountable) Verification(Complaint complaint, double draw)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        var courier = "快递员" + new DemoNames(new Random(DemoDraw.Seed(complaint.Id, 7))).PersonName();
        return complaint.Category switch
        {
            ComplaintCategory.Delay when draw < 0.75 => ($"物流系统显示包裹在 {complaint.OutletCode} 滞留,派件员漏派", FaultParty.Courier, courier),
            ComplaintCategory.Delay => ("恶劣天气导致干线延误,已加急派送", FaultParty.None, null),
            ComplaintCategory.Damage when draw < 0.8 => ("网点视频显示分拣时暴力抛件", FaultParty.Courier, courier),
            ComplaintCategory.Damage => ("寄件时包装不足,已向客户说明", FaultParty.Customer, null),
            ComplaintCategory.Loss => ($"包裹在 {complaint.OutletCode} 交接后无扫描记录,确认丢失", FaultParty.Courier, courier),
            ComplaintCategory.Attitude or ComplaintCategory.UnclearAnswer when draw < 0.5 => ("通话录音显示客服未按服务规范答复", FaultParty.Agent, null),
            ComplaintCategory.Attitude or ComplaintCategory.UnclearAnswer => ("通话录音显示答复符合规范,已再次向客户解释", FaultParty.None, null),
            _ => ("已核实客户反映的情况", FaultParty.None, null),
        };
    }

    public static string Evidence(EvidenceKind kind, Complaint complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        return kind switch
        {
            EvidenceKind.Courier => "快递员说明了派送经过",
            EvidenceKind.OutletHead => $"{complaint.OutletCode} 网点负责人已确认情况",
            EvidenceKind.LogisticsRecords => $"已调取 {complaint.WaybillNo} 的物流轨迹",
            EvidenceKind.Video => "已调取网点监控视频",
            _ => WireNames.ToWire(kind),
        };
    }

    public static string Proposal(int round) => round == 1 ? "按公司赔偿标准" : $"第 {round} 轮协商,另加心意补偿";

    public static string DeclineNote(double draw) => Pick(DeclineNotes, draw);

    public static string CallbackNote(bool satisfied, double draw) => satisfied ? Pick(CallbackNotes, draw) : Pick(UnsatisfiedNotes, draw);

    /// <summary>The customer's rating on the call (SVC-09): mostly 4 or 5 when satisfied, 2 or 3 when not.</summary>
    public static int Satisfaction(bool satisfied, double draw) => satisfied ? (draw < 0.7 ? 5 : 4) : (draw < 0.5 ? 3 : 2);

    private static string Pick(string[] options, double draw) => options[Math.Min(options.Length - 1, (int)(draw * options.Length))];
}
