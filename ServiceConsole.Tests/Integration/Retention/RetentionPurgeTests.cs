using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Retention;

namespace ServiceConsole.Tests.Integration.Retention;

/// <summary>INF-08: what the nightly purge destroys and keeps, and what its destruction record says.</summary>
public sealed class RetentionPurgeTests(RetentionPurgeTests.Factory factory) : IClassFixture<RetentionPurgeTests.Factory>
{
    public sealed class Factory : RetentionTestFactory;

    [Fact]
    [Trait("Rule", "INF-08")]
    [Trait("Rule", "INF-01")] // customer info is a kind of its own, kept longer than service records
    public async Task INF_08_customer_data_last_seen_729_days_ago_is_kept_and_731_days_ago_destroyed()
    {
        var kept = await factory.AddCustomerAsync("保留甲", "13900000729", 729);
        var gone = await factory.AddCustomerAsync("销毁乙", "13900000731", 731);

        var run = await factory.Purge.RunAsync("system", CancellationToken.None);

        Assert.NotNull(run);
        await using var db = factory.Db();
        Assert.True(await db.Customers.AnyAsync(c => c.Id == kept));
        Assert.False(await db.Customers.AnyAsync(c => c.Id == gone));
        Assert.Equal(1, run.Deleted["customers"]);
        Assert.Equal(RetentionPurge.Completed, run.Status);
        Assert.Equal(RetentionTestFactory.DaysAgo(730), run.Cutoffs.CustomerData);
    }

    [Fact]
    [Trait("Rule", "INF-08")]
    [Trait("Rule", "INF-01")] // service records (contacts, complaints, callbacks) are their own kind, kept one year
    public async Task INF_08_service_records_finished_364_days_ago_are_kept_and_366_days_ago_destroyed()
    {
        var keptContact = await factory.AddClosedContactAsync("服务丙", "13900000364", 364);
        var goneContact = await factory.AddClosedContactAsync("服务丁", "13900000366", 366);
        var keptComplaint = await factory.AddClosedComplaintAsync("投诉戊", "13900001364", 364);
        var goneComplaint = await factory.AddClosedComplaintAsync("投诉己", "13900001366", 366);
        var keptCallback = await factory.AddDoneCallbackAsync(364);
        var goneCallback = await factory.AddDoneCallbackAsync(366);

        var run = await factory.Purge.RunAsync("system", CancellationToken.None);

        Assert.NotNull(run);
        await using var db = factory.Db();
        Assert.True(await db.Contacts.AnyAsync(c => c.Id == keptContact));
        Assert.False(await db.Contacts.AnyAsync(c => c.Id == goneContact));
        Assert.True(await db.Complaints.AnyAsync(c => c.Id == keptComplaint));
        Assert.False(await db.Complaints.AnyAsync(c => c.Id == goneComplaint));
        Assert.True(await db.Callbacks.AnyAsync(c => c.Id == keptCallback));
        Assert.False(await db.Callbacks.AnyAsync(c => c.Id == goneCallback));
        Assert.Equal(1, run.Deleted["contacts"]);
        Assert.Equal(1, run.Deleted["complaints"]);
        Assert.Equal(1, run.Deleted["callbacks"]);
        Assert.Equal(RetentionTestFactory.DaysAgo(365), run.Cutoffs.ServiceRecords);

        // The destroyed complaint's history went with it.
        var history = await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM ComplaintHistory WHERE ComplaintId = {0}", goneComplaint.ToString().ToUpperInvariant()).SingleAsync();
        Assert.Equal(0, history);
    }

    [Fact]
    [Trait("Rule", "INF-08")]
    public async Task INF_08_a_customer_past_two_years_stays_while_a_service_record_still_names_them()
    {
        var customer = await factory.AddCustomerAsync("仍有记录", "13900002731", 731);
        await factory.AddClosedContactAsync("仍有记录", "13900002731", 200);

        await factory.Purge.RunAsync("system", CancellationToken.None);

        await using var db = factory.Db();
        Assert.True(await db.Customers.AnyAsync(c => c.Id == customer));
    }

    [Fact]
    [Trait("Rule", "INF-08")]
    public async Task INF_08_a_callback_is_kept_while_its_contact_is_and_the_contact_while_the_callback_is()
    {
        var contact = await factory.AddClosedContactAsync("承诺回复", "13900003400", 400);
        var callback = await factory.AddDoneCallbackAsync(100, contactId: contact);

        var run = await factory.Purge.RunAsync("system", CancellationToken.None);

        await using var db = factory.Db();
        Assert.True(await db.Contacts.AnyAsync(c => c.Id == contact));
        Assert.True(await db.Callbacks.AnyAsync(c => c.Id == callback));
        Assert.Equal(0, run!.Deleted["contacts"]);
    }

    [Fact]
    [Trait("Rule", "INF-08")]
    public async Task INF_08_the_destruction_record_holds_counts_and_cut_offs_but_no_personal_data()
    {
        await factory.AddCustomerAsync("隐私张三", "13811112222", 800);
        await factory.AddClosedContactAsync("隐私张三", "13811112222", 400);
        await factory.AddClosedComplaintAsync("隐私李四", "13933334444", 400);

        var run = await factory.Purge.RunAsync("system", CancellationToken.None);

        Assert.NotNull(run);
        Assert.Equal(1, run.Deleted["customers"]);
        var stored = await RawRowsAsync(factory.DatabasePath, "RetentionRuns");
        var listed = System.Text.Json.JsonSerializer.Serialize(await factory.Purge.ListAsync());
        await using var db = factory.Db();
        var audited = await db.AuditRecords.SingleAsync(a => a.Action == AuditActions.Purge && a.Subject == $"retention-run:{run.Id}");
        Assert.Equal("system", audited.Actor);
        Assert.Contains("customers=1", audited.Detail, StringComparison.Ordinal);
        foreach (var personal in new[] { "张三", "李四", "13811112222", "13933334444", "1111", "3333", "SF1234567890" })
        {
            Assert.DoesNotContain(personal, stored, StringComparison.Ordinal);
            Assert.DoesNotContain(personal, listed, StringComparison.Ordinal);
            Assert.DoesNotContain(personal, audited.Detail, StringComparison.Ordinal);
        }
    }

    /// <summary>Every column of every row of a table, as text.</summary>
    internal static async Task<string> RawRowsAsync(string databasePath, string table)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {table}";
        await using var reader = await command.ExecuteReaderAsync();
        var text = new System.Text.StringBuilder();
        while (await reader.ReadAsync())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                text.Append(reader.GetValue(i)).Append('|');
            }

            text.AppendLine();
        }

        return text.ToString();
    }
}
