namespace ServiceConsole.Web.Features.Complaints;

/// <summary>What a timeline entry did to one of the complaint's clocks.</summary>
public enum ClockMarkKind
{
    Started,
    Stopped,

    /// <summary>The step happened while the clock ran (a proposal within the resolve window).</summary>
    Within,

    Breached,
}
