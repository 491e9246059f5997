using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ServiceConsole.Web.Data;

/// <summary>Stores an instant as UTC ticks so that SQLite can compare and sort it; the offset is not kept (the API speaks UTC).</summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
