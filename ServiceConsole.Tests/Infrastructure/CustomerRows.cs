using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Data.Entities;

namespace ServiceConsole.Tests.Infrastructure;

/// <summary>
/// Customer rows as the write-path tests use them (group commit on SQLite and PostgreSQL, routing in a group): the
/// smallest real write there is, inserted through <see cref="WritePath"/>, and read back to see which were kept.
/// </summary>
public static class CustomerRows
{
    public static Customer New(string phone, string name = "客户") =>
        new() { Id = Guid.NewGuid(), Name = name, Phone = phone, FirstSeenAt = DateTimeOffset.UnixEpoch, LastSeenAt = DateTimeOffset.UnixEpoch };

    /// <summary>One write that adds the customer behind <paramref name="phone"/>.</summary>
    public static Task<OperationResult<Customer>> InsertAsync(WritePath writes, string phone) => writes.RunAsync(async write =>
    {
        var customer = New(phone);
        write.Db.Customers.Add(customer);
        await write.SaveAsync();
        return OperationResult<Customer>.Ok(customer);
    });

    /// <summary>Those of <paramref name="phones"/> that are stored, in the order given.</summary>
    public static async Task<string[]> StoredAsync(IServiceProvider services, params string[] phones)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        var found = await db.Customers.AsNoTracking().Where(c => phones.Contains(c.Phone)).Select(c => c.Phone).ToListAsync();
        return [.. phones.Where(found.Contains)];
    }

    /// <summary>A mobile number no other test uses, starting with <paramref name="prefix"/> (three digits).</summary>
    public static string UniquePhone(string prefix) =>
        prefix + Random.Shared.NextInt64(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
