using Bunit;
using ServiceConsole.Domain.Supplies;
using ServiceConsole.Web.Features.Emergency.Outage;

namespace ServiceConsole.Tests.Components.Emergency;

/// <summary>EMG-06: the printable paper registration form kept ready for outages.</summary>
public sealed class OutagePaperFormTests : ConsoleComponentTest
{
    [Fact]
    [Trait("Rule", "EMG-06")]
    public void EMG_06_the_paper_form_prints_every_field_of_a_waiting_customer_with_its_required_mark()
    {
        var cut = Render<OutagePaperForm>();

        var headers = cut.FindAll("th[data-field]");
        Assert.Equal(PaperRegistrationForm.Fields.Select(f => f.Key), headers.Select(h => h.GetAttribute("data-field")));
        foreach (var (field, header) in PaperRegistrationForm.Fields.Zip(headers))
        {
            Assert.Equal(field.Required ? $"{field.Label} *" : field.Label, header.TextContent.Trim());
        }

        Assert.Contains("客户姓名", cut.Find("table").TextContent, StringComparison.Ordinal);
        Assert.Equal(PaperRegistrationForm.Title, cut.Find("h1").TextContent.Trim());
        Assert.Contains(PaperRegistrationForm.Instructions, cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "EMG-06")]
    public void EMG_06_a_page_has_the_configured_number_of_blank_lines_and_a_print_button_the_paper_does_not_show()
    {
        var cut = Render<OutagePaperForm>();

        var rows = cut.FindAll("[data-testid=paper-row]");
        Assert.Equal(PaperRegistrationForm.RowsPerPage, rows.Count);
        Assert.All(rows, row => Assert.Equal(PaperRegistrationForm.Fields.Count + 1, row.QuerySelectorAll("td").Length));
        Assert.All(rows, row => Assert.All(row.QuerySelectorAll("td").Skip(1), cell => Assert.Equal("", cell.TextContent.Trim())));
        var print = cut.Find("[data-testid=print]");
        // No inline onclick (the Content-Security-Policy allows no inline script): the click asks the browser through the circuit.
        Assert.Null(print.GetAttribute("onclick"));
        print.Click();
        Assert.Single(JSInterop.Invocations, i => i.Identifier == "print");
        Assert.NotNull(print.Closest(".ef-no-print"));
        Assert.Equal(PaperRegistrationForm.Fields.Count + 1, cut.FindAll("col").Count);
    }
}
