namespace ServiceConsole.Domain.Supplies;

/// <summary>
/// EMG-06: one column of the paper registration form. <see cref="Key"/> names the property of
/// <see cref="Emergency.OutageWaitingCustomer"/> it is typed into after recovery; <see cref="Label"/>
/// is printed (Chinese, as the form is filled in by hand); <see cref="Width"/> is a relative
/// column width for the print style sheet.
/// </summary>
public sealed record PaperFormField(string Key, string Label, bool Required, int Width);
