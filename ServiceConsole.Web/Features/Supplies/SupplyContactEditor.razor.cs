using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using ServiceConsole.Domain.Supplies;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Components;

namespace ServiceConsole.Web.Features.Supplies;

/// <summary>
/// EMG-06: adds or changes one emergency contact. The domain decides what a callable number is; its refusals
/// come back per field and are worded here in the viewer's language, next to the field they are about.
/// </summary>
public sealed partial class SupplyContactEditor
{
    private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);
    private SupplyContactRole _role = SupplyContactRole.TechnicalTeam;
    private string? _name;
    private string? _phone;
    private string? _note;
    private string? _failure;
    private bool _saving;

    [Inject]
    public required ResultMessages Messages { get; init; }

    [Inject]
    public required IStringLocalizer<SuppliesResource> L { get; init; }

    [Inject]
    public required ISuppliesService Service { get; init; }

    /// <summary>The contact to change; null adds one.</summary>
    [Parameter]
    public SupplyContactView? Contact { get; set; }

    /// <summary>The list as it stands, to tell a duplicate from a bad number.</summary>
    [Parameter, EditorRequired]
    public SuppliesView Current { get; set; } = SuppliesView.Empty;

    [Parameter, EditorRequired]
    public Actor Actor { get; set; } = Actor.System;

    [Parameter]
    public EventCallback<SuppliesView> Saved { get; set; }

    [Parameter]
    public EventCallback Cancelled { get; set; }

    protected override void OnParametersSet()
    {
        _role = Contact?.Role ?? SupplyContactRole.TechnicalTeam;
        _name = Contact?.Name;
        _phone = Contact?.Phone;
        _note = Contact?.Note;
        _errors.Clear();
        _failure = null;
    }

    private bool HasError(string field) => _errors.ContainsKey(field);

    private string? ErrorFor(string field) => _errors.GetValueOrDefault(field);

    private void Edited(string field)
    {
        if (_errors.Remove(field) && _errors.Count == 0)
        {
            _failure = null;
        }
    }

    private async Task SaveAsync()
    {
        _saving = true;
        try
        {
            var edit = new SupplyContactEdit(Contact?.Id, _name, _role, _phone, _note);
            var result = await Service.SaveContactAsync(edit, Actor);
            if (result.Succeeded && result.Value is { } saved)
            {
                await Saved.InvokeAsync(saved);
                return;
            }

            _errors.Clear();
            foreach (var field in result.Errors?.Keys ?? [])
            {
                _errors[field] = field switch
                {
                    "name" => L["NameInvalid", SuppliesDirectory.MaxNameLength],
                    "phone" when Current.IsDuplicate(edit) => L["Duplicate"],
                    "phone" => L["PhoneInvalid", SuppliesDirectory.MinPhoneDigits, SuppliesDirectory.MaxPhoneDigits],
                    "note" => L["NoteInvalid", SuppliesDirectory.MaxNoteLength],
                    _ => L["FieldInvalid"],
                };
            }

            _failure = result.Errors is { Count: > 0 } ? L["FixFields"] : Messages.Problem(result);
        }
        finally
        {
            _saving = false;
        }
    }
}
