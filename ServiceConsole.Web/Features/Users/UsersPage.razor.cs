using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Components;
using ServiceConsole.Web.Resources;

namespace ServiceConsole.Web.Features.Users;

/// <summary>
/// INF-06, the admin's accounts screen: every account by display name with its roles, agent, status (active, locked
/// until a time, disabled) and last sign-in in the viewer's zone; create, edit, reset a password, disable and enable,
/// each change confirmed first.
/// </summary>
public sealed partial class UsersPage
{
    private const string Dash = "—";

    private IReadOnlyList<UserResource> _users = [];
    private IReadOnlyList<string> _agentCodes = [];
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private EditMode _mode;
    private UserResource? _target;
    private string? _login;
    private string? _displayName;
    private string? _agentCode;
    private string? _password;
    private HashSet<string> _roles = new(StringComparer.Ordinal);
    private bool _busy;
    private string? _message;
    private Severity _messageSeverity = Severity.Info;

    private enum EditMode
    {
        None,
        Create,
        Edit,
        Reset,
    }

    [Inject]
    public required IStringLocalizer<UsersResource> L { get; init; }

    [Inject]
    public required IStringLocalizer<SharedResource> Shared { get; init; }

    [Inject]
    public required IUserAdministration Accounts { get; init; }

    [Inject]
    public required IDialogService Dialogs { get; init; }

    [Inject]
    public required ViewerTime Clock { get; init; }

    [CascadingParameter]
    public Viewer Viewer { get; set; } = Viewer.Anonymous;

    private string EditorTitle => _mode switch
    {
        EditMode.Create => L["NewUser"],
        EditMode.Edit => L["EditUser", _target?.DisplayName ?? ""],
        _ => L["ResetPasswordOf", _target?.DisplayName ?? ""],
    };

    protected override async Task OnInitializedAsync()
    {
        await LoadAsync();
        _agentCodes = await Accounts.AgentCodesAsync();
    }

    private async Task LoadAsync() => _users = await Accounts.ListAsync();

    private string Local(DateTimeOffset? at) => at is { } instant ? Clock.ToLocal(instant).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : Dash;

    private bool IsSelf(UserResource user) => string.Equals(user.Login, Viewer.Actor.Name, StringComparison.OrdinalIgnoreCase);

    private bool HasError(string field) => _errors.ContainsKey(field);

    private string? ErrorOf(string field) => _errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    private void StartCreate() => Start(EditMode.Create, null);

    private void StartEdit(UserResource user) => Start(EditMode.Edit, user);

    private void StartReset(UserResource user) => Start(EditMode.Reset, user);

    private void Start(EditMode mode, UserResource? user)
    {
        _mode = mode;
        _target = user;
        _login = null;
        _password = null;
        _displayName = user?.DisplayName;
        _agentCode = user?.AgentCode;
        _roles = new HashSet<string>(user?.Roles ?? [], StringComparer.Ordinal);
        _errors = new Dictionary<string, string[]>();
        _message = null;
    }

    private void Cancel() => _mode = EditMode.None;

    private void ToggleRole(string role, bool on)
    {
        if (on)
        {
            _roles.Add(role);
        }
        else
        {
            _roles.Remove(role);
        }
    }

    private async Task SaveAsync()
    {
        if (_mode == EditMode.Reset && _target is { } target
            && await Dialogs.ShowMessageBoxAsync(L["ResetPassword"], L["ResetConfirm", target.DisplayName], yesText: L["Confirm"], cancelText: L["Cancel"]) != true)
        {
            return;
        }

        _busy = true;
        try
        {
            var roles = Roles.All.Where(_roles.Contains).ToList();
            var result = _mode switch
            {
                EditMode.Create => await Accounts.CreateAsync(new UserCreateRequest(_login, _displayName, roles, _agentCode, _password), Viewer.Actor),
                EditMode.Edit => await Accounts.UpdateAsync(_target!.Login, new UserUpdateRequest(_displayName, roles, _agentCode), Viewer.Actor),
                _ => await Accounts.ResetPasswordAsync(_target!.Login, new PasswordResetRequest(_password), Viewer.Actor),
            };
            if (result.Status == OperationStatus.Invalid)
            {
                _errors = result.Errors!;
                return;
            }

            Show(result, _mode switch
            {
                EditMode.Create => "Created",
                EditMode.Edit => "Updated",
                _ => "PasswordReset",
            });
            if (result.Succeeded)
            {
                _mode = EditMode.None;
                await LoadAsync();
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task DisableAsync(UserResource user)
    {
        if (await Dialogs.ShowMessageBoxAsync(L["Disable"], L["DisableConfirm", user.DisplayName, user.Login], yesText: L["Disable"], cancelText: L["Cancel"]) != true)
        {
            return;
        }

        await ChangeAsync(() => Accounts.DisableAsync(user.Login, Viewer.Actor), "Disabled");
    }

    private async Task EnableAsync(UserResource user)
    {
        if (await Dialogs.ShowMessageBoxAsync(L["Enable"], L["EnableConfirm", user.DisplayName], yesText: L["Enable"], cancelText: L["Cancel"]) != true)
        {
            return;
        }

        await ChangeAsync(() => Accounts.EnableAsync(user.Login, Viewer.Actor), "Enabled");
    }

    private async Task ChangeAsync(Func<Task<OperationResult<UserResource>>> change, string done)
    {
        _busy = true;
        try
        {
            Show(await change(), done);
            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    private void Show(OperationResult<UserResource> result, string done)
    {
        _messageSeverity = result.Succeeded ? Severity.Success : Severity.Warning;
        _message = result.Succeeded ? L[done, result.Value!.DisplayName] : result.Detail;
    }
}
