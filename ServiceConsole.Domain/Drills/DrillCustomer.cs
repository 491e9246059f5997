namespace ServiceConsole.Domain.Drills;

/// <summary>
/// EMG-05: a made-up customer for a drill. The name carries <see cref="DrillCustomerGenerator.NameMarker"/>,
/// the phone lies in <see cref="DrillCustomerGenerator.PhonePrefix"/> (no mainland mobile starts
/// with 100) and the waybill starts with <see cref="DrillCustomerGenerator.WaybillPrefix"/>, so
/// nobody real can be called, texted or compensated by a drill.
/// </summary>
public sealed record DrillCustomer(string Name, string Phone, string WaybillNo);
