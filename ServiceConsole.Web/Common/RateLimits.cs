using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Configuration;

namespace ServiceConsole.Web.Common;

/// <summary>
/// ASP.NET Core's rate limiter on the two doors an attacker or a runaway integration hammers (issue 11 part 5): sign-in
/// per address (and, in the sign-in handler, per user name) and the API key's writes. A refused request gets 429, a
/// <c>Retry-After</c> in seconds and RFC 9457 problem details. Every limit is in <c>ServiceConsole:RateLimits</c>; 0 turns it off.
/// </summary>
public static class RateLimits
{
    /// <summary>Sign-in attempts per caller address.</summary>
    public const string SignIn = "sign-in";

    /// <summary>Writes by the API key (a cookie user's calls and every read pass untouched).</summary>
    public const string Ingest = "ingest";

    public const string ProblemType = "https://tools.ietf.org/html/rfc6585#section-4";

    public static IServiceCollection AddServiceConsoleRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<ServiceConsoleOptions>>((options, console) =>
        {
            var limits = console.Value.RateLimits;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) => RejectAsync(context.HttpContext, context.Lease);
            options.AddPolicy(SignIn, context => PerMinute(
                $"address:{context.Connection.RemoteIpAddress}", limits.SignInPerMinutePerAddress));
            options.AddPolicy(Ingest, context =>
                ApiKeyAuthenticationHandler.CarriesKey(context.Request) && !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
                && limits.IngestPerSecond > 0
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        $"key:{context.User.Identity?.Name}",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.IngestPerSecond, Window = TimeSpan.FromSeconds(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter(""));
        });
        services.AddSingleton<SignInThrottle>();
        return services;
    }

    /// <summary>A fixed one-minute window of <paramref name="permits"/> for <paramref name="key"/>; 0 means no limit.</summary>
    internal static RateLimitPartition<string> PerMinute(string key, int permits) =>
        permits > 0
            ? RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter(key);

    /// <summary>429 with Retry-After (whole seconds, at least 1) and problem details.</summary>
    public static async ValueTask RejectAsync(HttpContext context, RateLimitLease lease)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(lease);
        var seconds = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 60;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await Results.Problem(
            $"Too many requests; try again in {seconds} s.",
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many requests.",
            type: ProblemType).ExecuteAsync(context);
    }
}

/// <summary>Sign-in attempts per user name (<c>ServiceConsole:RateLimits:SignInPerMinutePerUser</c>), whatever the address.</summary>
public sealed class SignInThrottle(IOptions<ServiceConsoleOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(
        name => RateLimits.PerMinute(name, options.Value.RateLimits.SignInPerMinutePerUser), StringComparer.OrdinalIgnoreCase);

    /// <summary>A lease for one attempt by <paramref name="userName"/>; not acquired when the name is over its limit.</summary>
    public RateLimitLease Attempt(string userName) => _limiter.AttemptAcquire(userName.ToUpperInvariant());

    public void Dispose() => _limiter.Dispose();
}
