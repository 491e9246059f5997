using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Features.Complaints;

namespace ServiceConsole.Tests.Components.Complaints;

/// <summary>The complaint specialist's desk, the evidence checklist (CMP-04) and handing a complaint over (issue 10).</summary>
public sealed class ComplaintDeskTests : ComplaintPageTestContext
{
    public ComplaintDeskTests() => Services.AddSingleton<IComplaintWorkload>(Workload);

    internal FakeComplaintWorkload Workload { get; } = new();

    private static ComplaintResource Major(Complaint complaint) => complaint.Resource() with { Severity = "major", Assignee = "specialist", AssigneeName = "韩专员" };

    [Fact]
    [Trait("Rule", "CMP-04")]
    public void A_specialist_sees_their_complaints_with_the_next_step_and_the_evidence_gathered_so_far()
    {
        SignInAs("specialist", Roles.ComplaintSpecialist);
        var withEvidence = ComplaintStories.Registered()
            .Then(c => c.RecordEvidence(EvidenceKind.Courier, "快递员称已派送", "specialist", ComplaintStories.Received.AddMinutes(5)));
        Workload.ByOwner["specialist"] = [Major(withEvidence), Major(ComplaintStories.Proposed()) with { Id = Guid.NewGuid() }];

        var desk = Render<ComplaintDeskPage>();

        var rows = desk.FindAll("[data-testid=desk-complaint]");
        Assert.Equal(["verify", "answer"], rows.Select(r => r.GetAttribute("data-next")));
        Assert.Contains("待核实", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("1/4", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("杭州西湖 01 网点", rows[0].TextContent, StringComparison.Ordinal); // the outlet by name beside its code
        var evidence = desk.FindAll("[data-testid=evidence-item]");
        Assert.Equal(["true", "false", "false", "false"], evidence.Select(e => e.GetAttribute("data-recorded")));
        Assert.Contains("韩专员", evidence[0].TextContent, StringComparison.Ordinal); // who gathered it, by name
        Assert.Empty(desk.FindAll("[data-testid=owner-loads]")); // a specialist sees their own work, not everyone's
    }

    [Fact]
    [Trait("Rule", "CMP-04")]
    public void Recording_a_piece_of_evidence_sends_its_kind_and_note_as_the_specialist()
    {
        SignInAs("specialist", Roles.ComplaintSpecialist);
        Workload.ByOwner["specialist"] = [Major(ComplaintStories.Registered())];
        var desk = Render<ComplaintDeskPage>();

        desk.FindAll("[data-testid=evidence-edit]")[3].Click(); // video
        desk.Find("input[data-testid=evidence-note], [data-testid=evidence-note] input").Change("监控显示包裹完好");
        desk.Find("[data-testid=evidence-save]").Click();

        var (step, request, actor) = Assert.Single(Desk.Steps);
        Assert.Equal("evidence", step);
        Assert.Equal(new ComplaintEvidenceRequest("video", "监控显示包裹完好"), request);
        Assert.Equal("specialist", actor.Name);
    }

    [Fact]
    public void A_supervisor_sees_every_owners_load_by_name_and_reads_any_owners_complaints()
    {
        Workload.Loads.AddRange([new("specialist", "韩专员", true, true, 4, 3, 1), new("A002", "李娜", false, true, 2, 0, 0), new("A009", "赵伟", false, true, 0, 0, 0)]);
        Workload.ByOwner["supervisor"] = [];

        var desk = Render<ComplaintDeskPage>();

        var loads = desk.FindAll("[data-testid=owner-load]");
        Assert.Equal(["specialist", "A002"], loads.Select(l => l.GetAttribute("data-owner"))); // nobody idle with nothing is listed
        Assert.Contains("韩专员", loads[0].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("specialist", loads[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_supervisor_hands_a_complaint_over_only_after_confirming()
    {
        var page = RenderPage(ComplaintStories.Registered().Resource());
        var dialogs = Render<MudDialogProvider>();

        page.Find("[data-testid=reassign]").Click();
        var choosing = page.InvokeAsync(() => page.FindComponent<MudSelect<string>>().Instance.ValueChanged.InvokeAsync("A002"));

        dialogs.WaitForAssertion(() => Assert.Contains("李娜", dialogs.Markup, StringComparison.Ordinal));
        Assert.Empty(Desk.Steps); // asked, not yet done

        var confirm = dialogs.FindAll("button").Single(b => b.TextContent.Contains("确定", StringComparison.Ordinal));
        await confirm.ClickAsync(new());
        await choosing;

        var (step, request, _) = Assert.Single(Desk.Steps);
        Assert.Equal("assign", step);
        Assert.Equal("A002", request);
    }
}
