namespace ServiceConsole.Tests.Infrastructure;

/// <summary>A browser test's failure, with where the pages it had open were kept.</summary>
public sealed class BrowserTestFailedException(string message, Exception inner) : Exception(message, inner);
