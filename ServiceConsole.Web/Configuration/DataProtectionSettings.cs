namespace ServiceConsole.Web.Configuration;

/// <summary>The Data Protection key ring (section <c>ServiceConsole:DataProtection</c>), INF-04.</summary>
public sealed class DataProtectionSettings
{
    /// <summary>
    /// The folder the keys are kept in, outside the database file so a copy of the database alone reads no ID number.
    /// Empty: a <c>keys</c> folder next to the database file. Losing the folder makes every stored ID number (and every
    /// sign-in cookie) unreadable; back it up apart from the database.
    /// </summary>
    public string KeysPath { get; set; } = "";
}
