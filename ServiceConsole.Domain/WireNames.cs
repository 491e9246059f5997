using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using ServiceConsole.Domain.Agents;
using ServiceConsole.Domain.Callbacks;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Domain.Deadlines;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Domain.Supplies;

namespace ServiceConsole.Domain;

/// <summary>
/// The lower-case, hyphenated names every enum has on the wire (API.md: "enums as the
/// lower-case strings shown here"), e.g. <c>unclear-answer</c>, <c>mass-complaint</c>,
/// <c>after-contact</c>. Kept in the domain so the API, the hub, the database and the UI
/// cannot drift apart.
/// </summary>
public static class WireNames
{
    public static string ToWire(Channel value) => Names<Channel>.Get(value);
    public static string ToWire(ComplaintCategory value) => Names<ComplaintCategory>.Get(value);
    public static string ToWire(Severity value) => Names<Severity>.Get(value);
    public static string ToWire(ComplaintStatus value) => Names<ComplaintStatus>.Get(value);
    public static string ToWire(FaultParty value) => Names<FaultParty>.Get(value);

    public static string ToWire(EvidenceKind value) => Names<EvidenceKind>.Get(value);
    public static string ToWire(CompensationKind value) => Names<CompensationKind>.Get(value);
    public static string ToWire(ContactStatus value) => Names<ContactStatus>.Get(value);
    public static string ToWire(AgentStatus value) => Names<AgentStatus>.Get(value);
    public static string ToWire(EmergencyMode value) => Names<EmergencyMode>.Get(value);
    public static string ToWire(EmergencyPhase value) => Names<EmergencyPhase>.Get(value);
    public static string ToWire(Grade value) => Names<Grade>.Get(value);
    public static string ToWire(CallbackKind value) => Names<CallbackKind>.Get(value);
    public static string ToWire(RoundOutcome value) => Names<RoundOutcome>.Get(value);
    public static string ToWire(WeatherRequestKind value) => Names<WeatherRequestKind>.Get(value);
    public static string ToWire(NotificationChannel value) => Names<NotificationChannel>.Get(value);
    public static string ToWire(ClockOutcome value) => Names<ClockOutcome>.Get(value);
    public static string ToWire(SupplyContactRole value) => Names<SupplyContactRole>.Get(value);
    public static string ToWire(MassSolutionSkipReason value) => Names<MassSolutionSkipReason>.Get(value);

    public static bool TryParseChannel(string? value, out Channel result) => Names<Channel>.TryParse(value, out result);
    public static bool TryParseComplaintCategory(string? value, out ComplaintCategory result) => Names<ComplaintCategory>.TryParse(value, out result);
    public static bool TryParseSeverity(string? value, out Severity result) => Names<Severity>.TryParse(value, out result);
    public static bool TryParseComplaintStatus(string? value, out ComplaintStatus result) => Names<ComplaintStatus>.TryParse(value, out result);
    public static bool TryParseFaultParty(string? value, out FaultParty result) => Names<FaultParty>.TryParse(value, out result);

    public static bool TryParseEvidenceKind(string? value, out EvidenceKind result) => Names<EvidenceKind>.TryParse(value, out result);
    public static bool TryParseCompensationKind(string? value, out CompensationKind result) => Names<CompensationKind>.TryParse(value, out result);
    public static bool TryParseContactStatus(string? value, out ContactStatus result) => Names<ContactStatus>.TryParse(value, out result);
    public static bool TryParseAgentStatus(string? value, out AgentStatus result) => Names<AgentStatus>.TryParse(value, out result);
    public static bool TryParseEmergencyMode(string? value, out EmergencyMode result) => Names<EmergencyMode>.TryParse(value, out result);
    public static bool TryParseEmergencyPhase(string? value, out EmergencyPhase result) => Names<EmergencyPhase>.TryParse(value, out result);
    public static bool TryParseGrade(string? value, out Grade result) => Names<Grade>.TryParse(value, out result);
    public static bool TryParseCallbackKind(string? value, out CallbackKind result) => Names<CallbackKind>.TryParse(value, out result);
    public static bool TryParseRoundOutcome(string? value, out RoundOutcome result) => Names<RoundOutcome>.TryParse(value, out result);
    public static bool TryParseWeatherRequestKind(string? value, out WeatherRequestKind result) => Names<WeatherRequestKind>.TryParse(value, out result);
    public static bool TryParseNotificationChannel(string? value, out NotificationChannel result) => Names<NotificationChannel>.TryParse(value, out result);
    public static bool TryParseSupplyContactRole(string? value, out SupplyContactRole result) => Names<SupplyContactRole>.TryParse(value, out result);

    /// <summary>Generic form for callers (JSON converters, model binders) that work on any enum.</summary>
    public static string ToWire<TEnum>(TEnum value) where TEnum : struct, Enum => Names<TEnum>.Get(value);

    /// <summary>
    /// Generic form of the <c>TryParse…</c> methods. Only the wire names are accepted
    /// (case-insensitively): unlike <see cref="Enum.TryParse{TEnum}(string?, out TEnum)"/>,
    /// numbers such as <c>"7"</c> are rejected, so an undefined value never gets in.
    /// </summary>
    public static bool TryParse<TEnum>(string? value, out TEnum result) where TEnum : struct, Enum =>
        Names<TEnum>.TryParse(value, out result);

    /// <summary>All wire names of an enum, in declaration order (for error messages and pickers).</summary>
    public static IReadOnlyList<string> All<TEnum>() where TEnum : struct, Enum => Names<TEnum>.Ordered;

    private static string Kebab(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascal[i]))
            {
                sb.Append('-');
            }

            sb.Append(char.ToLowerInvariant(pascal[i]));
        }

        return sb.ToString();
    }

    // One table per enum type, built once on first use.
    private static class Names<TEnum> where TEnum : struct, Enum
    {
        private static readonly FrozenDictionary<TEnum, string> _toWire =
            Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => Kebab(v.ToString()));

        private static readonly FrozenDictionary<string, TEnum> _fromWire =
            _toWire.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);

        public static readonly IReadOnlyList<string> Ordered =
            Enum.GetValues<TEnum>().Select(v => _toWire[v]).ToArray();

        public static string Get(TEnum value) =>
            _toWire.TryGetValue(value, out var name)
                ? name
                : throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(TEnum).Name} has no value {value}.");

        public static bool TryParse([NotNullWhen(true)] string? value, out TEnum result)
        {
            if (value is not null && _fromWire.TryGetValue(value, out result))
            {
                return true;
            }

            result = default;
            return false;
        }
    }
}
