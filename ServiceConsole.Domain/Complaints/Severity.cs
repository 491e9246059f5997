namespace ServiceConsole.Domain.Complaints;

/// <summary>General or major; decides the verify and resolve clocks (CMP-02…04).</summary>
public enum Severity
{
    General,
    Major
}
