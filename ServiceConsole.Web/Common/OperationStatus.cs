namespace ServiceConsole.Web.Services;

public enum OperationStatus
{
    Ok,
    Created,
    Invalid,
    NotFound,
    Conflict,
    Forbidden,
}
