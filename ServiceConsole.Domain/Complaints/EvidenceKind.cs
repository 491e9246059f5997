namespace ServiceConsole.Domain.Complaints;

/// <summary>What a verification gathers (CMP-04): the courier's account, the outlet head's, the logistics records, the video.</summary>
public enum EvidenceKind
{
    Courier,
    OutletHead,
    LogisticsRecords,
    Video,
}
