namespace ServiceConsole.Domain.Supplies;

/// <summary>EMG-06: whom an emergency contact belongs to: the technical team (outages), an outlet head (mass complaints, weather) or someone else worth calling.</summary>
public enum SupplyContactRole
{
    TechnicalTeam,
    OutletHead,
    Other
}
