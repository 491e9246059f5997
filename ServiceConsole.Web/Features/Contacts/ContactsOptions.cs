namespace ServiceConsole.Web.Features.Contacts;

/// <summary>How the console watches contacts (section <c>ServiceConsole:Contacts</c>).</summary>
public sealed class ContactsOptions
{
    public const string SectionName = "ServiceConsole:Contacts";

    /// <summary>How often contacts still waiting past their first-response target are looked for and alerted (SVC-01/02).</summary>
    public int BreachSweepSeconds { get; set; } = 2;
}
