namespace ServiceConsole.Domain.Emergency;

/// <summary>EMG-01: what a customer asks for a parcel stuck by a natural disaster: send it back to the sender, or deliver it elsewhere.</summary>
public enum WeatherRequestKind
{
    Return,
    Redirect
}
