using Bunit;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Components;
using ServiceConsole.Web.Features.Contacts;

namespace ServiceConsole.Tests.Components.Kit;

/// <summary>INF-07 on screens: a customer reads in clear only to the agent serving them; anyone else sees masked values and reveals them for a reason, audited.</summary>
public sealed class CustomerIdentityTests : ConsoleComponentTest
{
    private static readonly Guid CustomerId = Guid.NewGuid();

    private static readonly ContactResource Served = new(
        Guid.NewGuid(), "ext-1", "phone", "王女士", "13800138000", null, null, Now, Now.AddSeconds(20), "assigned", "A001",
        Now, null, null, null, null, null, null, false, CustomerId, "integration");

    private IRenderedComponent<CustomerIdentity> RenderFor(ContactResource contact) =>
        Render<CustomerIdentity>(p => p.Add(c => c.Record, contact).Add(c => c.Name, contact.CustomerName).Add(c => c.Phone, contact.CustomerPhone));

    [Fact]
    [Trait("Rule", "INF-07")]
    public void A_supervisor_sees_the_customer_masked_and_nothing_in_clear_in_the_markup()
    {
        SignInAs("supervisor", Roles.Supervisor);

        var cut = RenderFor(Served);

        Assert.Equal("王**", cut.Find("[data-testid=customer-name]").TextContent);
        Assert.Equal("138****8000", cut.Find("[data-testid=customer-phone]").TextContent);
        Assert.DoesNotContain("13800138000", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("王女士", cut.Markup, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("[data-testid=customer-reveal]"));
    }

    [Fact]
    [Trait("Rule", "INF-07")]
    public void The_serving_agent_sees_the_customer_in_clear_with_no_reveal_to_ask_for()
    {
        SignInAsAgent();

        var cut = RenderFor(Served);

        Assert.Equal("13800138000", cut.Find("[data-testid=customer-phone]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=customer-reveal]"));
    }

    [Fact]
    [Trait("Rule", "INF-07")]
    [Trait("Rule", "INF-05")]
    public void A_reveal_asks_a_reason_then_shows_the_customer_and_is_recorded()
    {
        SignInAs("supervisor", Roles.Supervisor);
        Reveals.Customers[CustomerId] = new RevealedCustomer(CustomerId, "王女士", "13800138000");
        var cut = RenderFor(Served);

        cut.Find("[data-testid=customer-reveal]").Click();
        cut.Find("[data-testid=reveal-confirm]").Click();
        Assert.Contains("至少4个字", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(Audit.Rows);

        cut.Find("input[data-testid=reveal-reason], [data-testid=reveal-reason] input").Change("客户来电核实身份");
        cut.Find("[data-testid=reveal-confirm]").Click();

        cut.WaitForAssertion(() => Assert.Equal("13800138000", cut.Find("[data-testid=customer-phone]").TextContent));
        var row = Assert.Single(Audit.Rows);
        Assert.Equal((AuditActions.Reveal, "supervisor", "客户来电核实身份"), (row.Action, row.Actor, row.Detail));
    }
}
