namespace ServiceConsole.Web.Common;

/// <summary>What stands behind an actor's name in a record's history.</summary>
public enum StaffKind
{
    Nobody,
    Person,
    System,
    Integration,
}
