using Microsoft.EntityFrameworkCore.Design;

namespace ServiceConsole.Web.Data;

/// <summary>
/// Lets <c>dotnet ef migrations add … -c PostgresConsoleDbContext</c> build the PostgreSQL model without a server
/// (adding a migration never connects; decision 0010).
/// </summary>
public sealed class PostgresDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PostgresConsoleDbContext>
{
    public PostgresConsoleDbContext CreateDbContext(string[] args) =>
        PostgresConsoleDbContext.Create("Host=localhost;Database=serviceconsole_design_time");
}
