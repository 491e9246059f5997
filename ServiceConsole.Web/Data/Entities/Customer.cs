namespace ServiceConsole.Web.Data.Entities;

/// <summary>A customer known by phone number (INF-01); contacts and complaints refer to it by phone.</summary>
public sealed class Customer
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public required string Phone { get; set; }

    public DateTimeOffset FirstSeenAt { get; set; }

    public DateTimeOffset LastSeenAt { get; set; }

    public bool IsDrill { get; set; }
}
