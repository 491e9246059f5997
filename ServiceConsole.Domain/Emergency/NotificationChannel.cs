namespace ServiceConsole.Domain.Emergency;

/// <summary>EMG-04: how a complainant of a mass complaint was told: by phone or by SMS.</summary>
public enum NotificationChannel
{
    Phone,
    Sms
}
