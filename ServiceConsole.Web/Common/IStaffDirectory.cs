namespace ServiceConsole.Web.Common;

/// <summary>Who is who: display names for agent codes and logins (<see cref="StaffDirectory"/>).</summary>
public interface IStaffDirectory
{
    /// <summary>The person behind an agent code or login; null for nobody, a system actor or someone unknown.</summary>
    StaffMember? Find(string? codeOrLogin);

    /// <summary>The display name, or the code or login itself when nobody by that name is known.</summary>
    string NameOf(string codeOrLogin) => Find(codeOrLogin)?.DisplayName ?? codeOrLogin;
}
