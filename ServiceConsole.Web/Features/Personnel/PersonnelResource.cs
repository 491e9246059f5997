namespace ServiceConsole.Web.Features.Personnel;

/// <summary>Marker for the personnel screens' strings (PersonnelResource*.resx beside it).</summary>
public sealed class PersonnelResource;
