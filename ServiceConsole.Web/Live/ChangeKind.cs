namespace ServiceConsole.Web.Live;

public enum ChangeKind
{
    Contact,
    Complaint,
    Emergency,
    Task,
}
