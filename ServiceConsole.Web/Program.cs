using ServiceConsole.Web.Configuration;

var builder = WebApplication.CreateBuilder(args);
if (!builder.AddServiceConsole())
{
    return 1;
}

var app = builder.Build();
await app.UseServiceConsoleAsync();
app.Run();
return 0;

/// <summary>Entry point, public so that integration tests can host the real app.</summary>
public partial class Program;
