namespace ServiceConsole.Web.Common;

public static class ExceptionMessages
{
    /// <summary>An argument exception's message without .NET's " (Parameter 'x')" suffix, for a field-level error.</summary>
    public static string PlainMessage(this ArgumentException exception) =>
        exception.ParamName is { } name
            ? exception.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal)
            : exception.Message;
}
