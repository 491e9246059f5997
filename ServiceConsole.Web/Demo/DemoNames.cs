namespace ServiceConsole.Web.Demo;

/// <summary>Realistic Chinese customer data for the demo: names, mainland numbers, waybills, outlets.</summary>
public sealed class DemoNames(Random random)
{
    private static readonly string[] Surnames =
        ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "高", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹"];

    private static readonly string[] GivenNames =
        ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "建华", "文", "婷", "浩然", "思雨", "子涵", "欣怡", "宇轩"];

    private static readonly string[] MobilePrefixes =
        ["130", "131", "132", "135", "136", "137", "138", "139", "150", "151", "152", "155", "158", "159", "170", "176", "177", "180", "181", "186", "187", "188", "189", "199"];

    private static readonly string[] Cities = ["HZ", "SH", "NJ", "SZ", "GZ", "BJ", "CD", "WH"];

    private static readonly string[] Districts = ["XH", "BJ", "GS", "SC", "YH", "PD", "MH", "JN"];

    public static readonly string[] ContactTopics = ["查件", "寄件", "改地址", "催派送", "运费咨询", "禁寄物品咨询", "退件", "投诉"];

    public static readonly string[] Demands = ["尽快派送", "赔偿损失", "道歉并说明原因", "退还运费", "重新派送", "核实并回电"];

    public string PersonName() => Surnames[random.Next(Surnames.Length)] + GivenNames[random.Next(GivenNames.Length)];

    /// <summary>How customers are addressed on screen: a surname with 先生 or 女士, as agents write it.</summary>
    public string CustomerName() => random.Next(3) == 0
        ? PersonName()
        : Surnames[random.Next(Surnames.Length)] + (random.Next(2) == 0 ? "先生" : "女士");

    public string MobilePhone() => MobilePrefixes[random.Next(MobilePrefixes.Length)] + random.Next(0, 100_000_000).ToString("D8");

    public string Landline() => "0571-" + random.Next(80_000_000, 90_000_000);

    public string Phone() => random.Next(10) == 0 ? Landline() : MobilePhone();

    public string Waybill() => "YD" + random.NextInt64(1_000_000_000_000, 9_999_999_999_999);

    public string OutletCode() => $"{Cities[random.Next(Cities.Length)]}-{Districts[random.Next(Districts.Length)]}-{random.Next(1, 6):D2}";
}
