namespace ServiceConsole.Web.Configuration;

/// <summary>Settings a production console must never run with; each reason fits on one line.</summary>
public static class ProductionGuard
{
    /// <summary>Keys that ship in this repository's appsettings and documentation.</summary>
    public static readonly IReadOnlySet<string> KnownDefaultKeys =
        new HashSet<string>(StringComparer.Ordinal) { "dev-ingest-key", "changeme", "change-me", "test-key" };

    public static string? RefusalReason(ServiceConsoleOptions options, bool isProduction)
    {
        if (!isProduction)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(options.Ingest.ApiKey))
        {
            return "Refusing to start in Production: ServiceConsole:Ingest:ApiKey is empty; set a secret key.";
        }

        if (KnownDefaultKeys.Contains(options.Ingest.ApiKey) || options.Ingest.ApiKey.Length < 16)
        {
            return "Refusing to start in Production: ServiceConsole:Ingest:ApiKey is a default or shorter than 16 characters.";
        }

        if (options.Demo.Enabled && options.Demo.Password == DemoOptions.DefaultPassword)
        {
            return "Refusing to start in Production: the demo logins would use the documented password; set ServiceConsole:Demo:Password or turn the demo off.";
        }

        return null;
    }
}
