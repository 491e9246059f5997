using System.Collections;

namespace ServiceConsole.Web.Common;

/// <summary>
/// INF-07 at the API's one exit: every answer that carries personal records (a record, a list of them or a holder such
/// as a complaint page) is shaped for the caller — in clear only where it is the caller's own work, masked otherwise —
/// and every read (GET) of personal data leaves an audit row per record (INF-05). Echoes of the caller's own writes are
/// shaped the same way but not audited as views.
/// </summary>
public sealed class PersonalDataFilter(PersonalDataAccess access, IAuditTrail audit) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var result = await next(context);
        if (result is not IValueHttpResult { Value: { } value } valueResult)
        {
            return result;
        }

        var http = context.HttpContext;
        var views = new List<AuditEvent>();
        var from = http.Connection.RemoteIpAddress?.ToString();
        IPersonalRecord Shape(IPersonalRecord record)
        {
            var clear = access.SeesInClear(http.User, record);
            views.Add(PersonalDataAccess.ViewOf(http.User, record, clear, from));
            return clear ? record : record.Masked();
        }

        object? shaped = value switch
        {
            IPersonalRecord record => Shape(record),
            IPersonalRecordHolder holder => holder.Reshape(Shape),
            IEnumerable list and not string when Elements(list) is { } records => records.Select(r => (object)Shape(r)).ToList(),
            _ => null,
        };
        if (shaped is null)
        {
            return result;
        }

        if (HttpMethods.IsGet(http.Request.Method) && views.Count > 0)
        {
            await audit.RecordAsync(views, http.RequestAborted);
        }

        var status = (valueResult as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK;
        if (status == StatusCodes.Status201Created && LocationOf(result) is { } location)
        {
            http.Response.Headers.Location = location;
        }

        return TypedResults.Json(shaped, statusCode: status);
    }

    /// <summary>The records of a list whose every element is a personal record; null for any other list.</summary>
    private static List<IPersonalRecord>? Elements(IEnumerable list)
    {
        var records = new List<IPersonalRecord>();
        foreach (var item in list)
        {
            if (item is not IPersonalRecord record)
            {
                return null;
            }

            records.Add(record);
        }

        return records.Count > 0 ? records : null;
    }

    private static string? LocationOf(object result) =>
        result.GetType().GetProperty("Location")?.GetValue(result) as string;
}
