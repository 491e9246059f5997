using ServiceConsole.Domain.Routing;

namespace ServiceConsole.Tests.Domain.Routing;

public sealed class ComplaintRouterTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    [Trait("Rule", "CMP-04")]
    public void An_agent_on_duty_with_the_fewest_open_complaints_owns_the_next_one()
    {
        var owner = ComplaintRouter.ChooseOwner(
        [
            new("A001", OnDuty: true, OpenComplaints: 2, OpenContacts: 0, Start),
            new("A002", OnDuty: true, OpenComplaints: 1, OpenContacts: 3, Start),
            new("A003", OnDuty: false, OpenComplaints: 0, OpenContacts: 0, Start),
        ]);

        Assert.Equal("A002", owner);
    }

    [Fact]
    public void Between_equal_loads_the_agent_idle_longest_goes_first_and_then_the_code_decides()
    {
        Assert.Equal("A004", ComplaintRouter.ChooseOwner(
        [
            new("A003", true, 1, 1, Start),
            new("A004", true, 1, 1, Start.AddMinutes(-5)),
        ]));
        Assert.Equal("A003", ComplaintRouter.ChooseOwner([new("A005", true, 1, 1, Start), new("A003", true, 1, 1, Start)]));
    }

    [Fact]
    public void With_nobody_on_duty_the_complaint_still_gets_an_owner_and_with_nobody_at_all_none()
    {
        Assert.Equal("A007", ComplaintRouter.ChooseOwner([new("A008", false, 3, 0, Start), new("A007", false, 1, 0, Start)]));
        Assert.Null(ComplaintRouter.ChooseOwner([]));
    }
}
