namespace ServiceConsole.Web.Board;

public static class BoardServiceCollectionExtensions
{
    /// <summary>The supervisor board's services (live board state, supervisor actions).</summary>
    public static IServiceCollection AddServiceConsoleBoard(this IServiceCollection services) => services;
}
