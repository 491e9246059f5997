using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ServiceConsole.Domain.Supplies;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Configuration;
using ServiceConsole.Web.Features.Supplies;

namespace ServiceConsole.Tests.Integration.Supplies;

/// <summary>EMG-06 against the real console: the demo's supplies, edits validated field by field, and the pages by role.</summary>
public sealed class SuppliesTests(SuppliesTests.Factory factory) : IClassFixture<SuppliesTests.Factory>
{
    private static readonly Actor Coordinator = new("coordinator", null, false);

    public sealed class Factory : ConsoleAppFactory
    {
        public Factory()
        {
            Settings["ServiceConsole:Demo:Enabled"] = "true";
            Settings["ServiceConsole:Demo:TrafficPerMinute"] = "0";
        }
    }

    private ISuppliesService Supplies => factory.Services.GetRequiredService<ISuppliesService>();

    [Fact]
    [Trait("Rule", "EMG-06")]
    public async Task EMG_06_the_demo_centre_keeps_the_technical_hotline_and_two_outlet_heads_ready()
    {
        var supplies = await Supplies.GetAsync();

        Assert.True(supplies.IsReady);
        Assert.Contains(supplies.Contacts, c => c.Role == SupplyContactRole.TechnicalTeam && c.Phone == "400-820-8820");
        Assert.Equal(2, supplies.Contacts.Count(c => c.Role == SupplyContactRole.OutletHead));
        Assert.Equal(SupplyContactRole.TechnicalTeam, supplies.Contacts[0].Role); // the order they print in
    }

    [Theory]
    [Trait("Rule", "EMG-06")]
    [InlineData("", "13800138000", null, "name")]
    [InlineData("张伟", "12", null, "phone")]
    [InlineData("张伟", "0571-8765-4321-0000", null, "phone")] // 16 digits
    [InlineData("张伟", "8001 转 2", null, "phone")]
    [InlineData("技术保障部值班热线", "4008208820", null, "phone")] // already on the list, dashes aside
    public async Task EMG_06_a_contact_nobody_could_call_is_refused_on_its_field_and_the_list_is_unchanged(
        string name, string phone, string? note, string field)
    {
        var before = await Supplies.GetAsync();

        var result = await Supplies.SaveContactAsync(new SupplyContactEdit(null, name, SupplyContactRole.TechnicalTeam, phone, note), Coordinator);

        Assert.Equal(OperationStatus.Invalid, result.Status);
        Assert.Equal([field], result.Errors!.Keys);
        Assert.Equal(before.Contacts, (await Supplies.GetAsync()).Contacts);
    }

    [Theory]
    [Trait("Rule", "EMG-06")]
    [InlineData("800")] // 3 digits: a desk extension
    [InlineData("0571-8765-4321-000")] // 15 digits
    public async Task EMG_06_an_extension_and_a_long_landline_can_be_kept(string phone)
    {
        var saved = await Supplies.SaveContactAsync(new SupplyContactEdit(null, $"值班台{phone.Length}", SupplyContactRole.Other, phone, "夜间"), Coordinator);

        Assert.True(saved.Succeeded);
        var contact = Assert.Single(saved.Value!.Contacts, c => c.Phone == phone);
        Assert.Equal("coordinator", saved.Value.UpdatedBy);

        var removed = await Supplies.RemoveContactAsync(contact.Id, Coordinator);
        Assert.DoesNotContain(removed.Value!.Contacts, c => c.Id == contact.Id);
    }

    [Theory]
    [Trait("Rule", "EMG-06")]
    [InlineData("agent")]
    [InlineData("trainer")]
    public async Task EMG_06_everyone_signed_in_sees_the_supplies_page_with_the_list_and_the_paper_form(string login)
    {
        var client = await factory.SignInAsync(login, DemoOptions.DefaultPassword);

        var page = await client.GetStringAsync("/supplies");

        Assert.Contains("400-820-8820", page);
        Assert.Contains("系统故障客户登记表", page);
        Assert.Contains("class=\"sc-print\"", page);
        Assert.Contains("assets/supplies-print.css", page);
    }

    [Fact]
    [Trait("Rule", "EMG-05")]
    public async Task EMG_05_trainers_see_the_drills_page_and_agents_do_not()
    {
        var trainer = await factory.SignInAsync("trainer", DemoOptions.DefaultPassword);
        var agent = await factory.SignInAsync("agent", DemoOptions.DefaultPassword);

        var asTrainer = await trainer.GetStringAsync("/drills");
        var asAgent = await agent.GetAsync("/drills");

        Assert.Contains("data-testid=\"schedules\"", asTrainer);
        Assert.Contains("0 0 10 15 * ?", asTrainer);
        Assert.Contains("data-testid=\"run-now\"", asTrainer);
        Assert.Equal(HttpStatusCode.Found, asAgent.StatusCode);
        Assert.Equal("/account/denied", asAgent.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task The_supplies_print_sheet_is_served_and_scoped_under_sc_print()
    {
        var css = await factory.CreateClient().GetStringAsync("/assets/supplies-print.css");

        Assert.Contains("@media print", css);
        Assert.Contains(".sc-print th, .sc-print td", css);
    }
}
