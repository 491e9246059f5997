using System.Net.Http.Json;
using System.Text.Json;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Training;

namespace ServiceConsole.Tests.Integration.Assessment;

/// <summary>
/// TRN-03 at the end of the year: December's final run computes the annual assessment from the monthly scores, the
/// year's ratings and the year of the training file (TRN-07).
/// </summary>
public sealed class AnnualAssessmentTests(AnnualAssessmentTests.Factory factory) : IClassFixture<AnnualAssessmentTests.Factory>
{
    /// <summary>Thursday 31 December 2026, 21:00 in Shanghai: an hour after December's assessment time.</summary>
    public sealed class Factory : AssessmentTestFactory
    {
        public Factory()
            : base(new DateTimeOffset(2026, 12, 31, 13, 0, 0, TimeSpan.Zero))
        {
        }
    }

    [Fact]
    [Trait("Rule", "TRN-03")]
    [Trait("Rule", "TRN-07")]
    public async Task TRN_03_december_weighs_the_monthly_scores_the_years_ratings_and_the_training_file()
    {
        await factory.SeedAgentAsync("A861", "online");
        await factory.GoodMonthAsync("A861", 2026, 11);
        await factory.GoodMonthAsync("A861", 2026, 12);
        var api = factory.CreateApiClient();
        await factory.Assessments.RunAsync("2026-11", AssessmentTestFactory.Hr);
        await api.PutAsJsonAsync("/api/v1/assessments/2026-11/agents/A861/attitude", new { score = 60 }); // 92.0
        // Two required trainings decided this year: one passed, one failed.
        var passed = (await factory.Trainings.AssignAsync(new TrainingAssignmentRequest("A861", TrainingAssignmentKind.ServiceNorm, "SVC-11", "attitude:test-1", "态度投诉", "system"))).Value!;
        Assert.True((await factory.Trainings.RecordResultAsync(passed.Id, true, 85, null, new Actor("trainer", null, false))).Succeeded);
        var failed = (await factory.Trainings.AssignAsync(new TrainingAssignmentRequest("A861", TrainingAssignmentKind.ServiceNorm, "SVC-11", "attitude:test-2", "态度投诉", "system"))).Value!;
        Assert.True((await factory.Trainings.RecordResultAsync(failed.Id, false, 40, null, new Actor("trainer", null, false))).Succeeded);

        var run = await factory.Assessments.RunAsync("2026-12", AssessmentTestFactory.Hr);
        await api.PutAsJsonAsync("/api/v1/assessments/2026-12/agents/A861/attitude", new { score = 100 }); // 100.0

        Assert.True(run.Value!.Final);
        var annual = await api.GetFromJsonAsync<JsonElement>("/api/v1/assessments/annual/2026");
        var row = annual.EnumerateArray().Single(a => a.GetProperty("agentCode").GetString() == "A861");
        Assert.Equal((2, 96.0), (row.GetProperty("monthsScored").GetInt32(), row.GetProperty("monthlyAverage").GetDouble()));
        Assert.Equal(100.0, row.GetProperty("ratingScore").GetDouble());
        Assert.Equal((1, 2, 50.0), (row.GetProperty("trainingsPassed").GetInt32(), row.GetProperty("trainingsRecorded").GetInt32(), row.GetProperty("trainingScore").GetDouble()));
        Assert.Equal(87.6, row.GetProperty("score").GetDouble()); // 0.6 × 96 + 0.2 × 100 + 0.2 × 50
        Assert.Equal("qualified", row.GetProperty("grade").GetString());
    }
}
