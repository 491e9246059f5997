using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Common;

namespace ServiceConsole.Web.Data;

/// <summary>
/// INF-04: reads an ID-number copy back as a contact or complaint is loaded, so every view of the record (API, pages,
/// hub) has the number in clear in memory and masks it like the other personal fields; an expired copy reads as null
/// even before the sweep destroys it. One instance for the process: EF Core keys its internal service provider on
/// singleton interceptors, and the protector comes from the context's application services.
/// </summary>
public sealed class IdNumberUnsealer : IMaterializationInterceptor
{
    public static readonly IdNumberUnsealer Instance = new();

    private IdNumberUnsealer()
    {
    }

    public object InitializedInstance(MaterializationInterceptionData materializationData, object entity)
    {
        if (entity is IIdNumberHolder { IdNumberProtected: { } stored } holder)
        {
            var protector = materializationData.Context.GetService<IdNumberProtector>();
            holder.LoadIdNumber(protector.Read(stored, holder.IdNumberExpiresAt));
        }

        return entity;
    }
}
