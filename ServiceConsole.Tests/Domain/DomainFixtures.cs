using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Tests.Domain;

/// <summary>Shared starting points so each test states only what it is about.</summary>
internal static class DomainFixtures
{
    /// <summary>A Sunday morning in the console's time zone (UTC+8), so offsets are exercised too.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 22, 8, 0, 0, TimeSpan.FromHours(8));

    public static FakeTimeProvider Clock() => new(Start);

    public static ComplaintRegistration Registration(
        ComplaintCategory category = ComplaintCategory.Delay,
        int? delayDays = 2,
        DateTimeOffset? receivedAt = null,
        string? issueKey = null,
        string outletCode = "HZ-XH-01",
        bool isDrill = false) =>
        new(
            Guid.NewGuid(),
            "cmp-778",
            Channel.Phone,
            "李先生",
            "13900139000",
            "YD4312345678901",
            outletCode,
            category,
            delayDays,
            PackagingOnly: false,
            ItemValue: 320m,
            Insured: false,
            InsuredValue: null,
            ShippingFee: 12m,
            Demand: "赔偿",
            IssueKey: issueKey,
            ReceivedAt: receivedAt ?? Start,
            IsDrill: isDrill);

    public static Complaint Register(
        FakeTimeProvider clock, Severity severity = Severity.General, PolicyOptions? options = null) =>
        Complaint.Register(
            Registration(receivedAt: clock.GetUtcNow()),
            severity,
            new ComplaintDeadlines(options ?? new PolicyOptions()),
            "A001",
            clock.GetUtcNow());
}
