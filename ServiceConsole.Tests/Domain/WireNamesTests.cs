using ServiceConsole.Domain;
using ServiceConsole.Domain.Agents;
using ServiceConsole.Domain.Callbacks;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Domain.Deadlines;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Domain.Supplies;

namespace ServiceConsole.Tests.Domain;

public sealed class WireNamesTests
{
    [Fact]
    public void Enum_values_have_the_lower_case_hyphenated_names_of_the_api()
    {
        Assert.Equal("online", WireNames.ToWire(Channel.Online));
        Assert.Equal("unclear-answer", WireNames.ToWire(ComplaintCategory.UnclearAnswer));
        Assert.Equal("mass-complaint", WireNames.ToWire(EmergencyMode.MassComplaint));
        Assert.Equal("after-contact", WireNames.ToWire(AgentStatus.AfterContact));
        Assert.Equal("in-training", WireNames.ToWire(AgentStatus.InTraining));
        Assert.Equal("on-contact", WireNames.ToWire(AgentStatus.OnContact));
        Assert.Equal("reopened", WireNames.ToWire(ComplaintStatus.Reopened));
        Assert.Equal("recallback", WireNames.ToWire(CallbackKind.Recallback));
        Assert.Equal("none", WireNames.ToWire(FaultParty.None));
        Assert.Equal("coupon", WireNames.ToWire(CompensationKind.Coupon));
        Assert.Equal("excellent", WireNames.ToWire(Grade.Excellent));
        Assert.Equal("major", WireNames.ToWire(Severity.Major));
        Assert.Equal("waiting", WireNames.ToWire(ContactStatus.Waiting));
        Assert.Equal("recovery", WireNames.ToWire(EmergencyPhase.Recovery));
        Assert.Equal("declined", WireNames.ToWire(RoundOutcome.Declined));
        Assert.Equal("redirect", WireNames.ToWire(WeatherRequestKind.Redirect));
        Assert.Equal("sms", WireNames.ToWire(NotificationChannel.Sms));
        Assert.Equal("pending", WireNames.ToWire(ClockOutcome.Pending));
        Assert.Equal("technical-team", WireNames.ToWire(SupplyContactRole.TechnicalTeam));
        Assert.Equal("already-resolved", WireNames.ToWire(MassSolutionSkipReason.AlreadyResolved));
    }

    [Fact]
    public void Every_wire_name_parses_back_to_its_value()
    {
        RoundTrip<Channel>();
        RoundTrip<ComplaintCategory>();
        RoundTrip<Severity>();
        RoundTrip<ComplaintStatus>();
        RoundTrip<FaultParty>();
        RoundTrip<CompensationKind>();
        RoundTrip<ContactStatus>();
        RoundTrip<AgentStatus>();
        RoundTrip<EmergencyMode>();
        RoundTrip<EmergencyPhase>();
        RoundTrip<Grade>();
        RoundTrip<CallbackKind>();
        RoundTrip<RoundOutcome>();
        RoundTrip<WeatherRequestKind>();
        RoundTrip<NotificationChannel>();
        RoundTrip<ClockOutcome>();
        RoundTrip<SupplyContactRole>();
        RoundTrip<MassSolutionSkipReason>();

        static void RoundTrip<T>() where T : struct, Enum
        {
            foreach (var value in Enum.GetValues<T>())
            {
                Assert.True(WireNames.TryParse<T>(WireNames.ToWire(value), out var parsed));
                Assert.Equal(value, parsed);
            }
        }
    }

    [Fact]
    public void Specific_parsers_accept_wire_names()
    {
        Assert.True(WireNames.TryParseComplaintCategory("unclear-answer", out var category));
        Assert.Equal(ComplaintCategory.UnclearAnswer, category);
        Assert.True(WireNames.TryParseEmergencyMode("mass-complaint", out var mode));
        Assert.Equal(EmergencyMode.MassComplaint, mode);
        Assert.True(WireNames.TryParseAgentStatus("in-training", out var status));
        Assert.Equal(AgentStatus.InTraining, status);
        Assert.True(WireNames.TryParseChannel("Phone", out var channel));
        Assert.Equal(Channel.Phone, channel);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("unclearanswer")]
    [InlineData("UnclearAnswer")]
    [InlineData("")]
    [InlineData(null)]
    public void Numbers_csharp_names_and_unknown_words_are_not_wire_names(string? value) =>
        Assert.False(WireNames.TryParseComplaintCategory(value, out _));

    [Fact]
    public void An_undefined_value_has_no_wire_name() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => WireNames.ToWire((Channel)42));
}
