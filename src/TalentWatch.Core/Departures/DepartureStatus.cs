namespace TalentWatch.Core.Departures;

/// <summary>Only accepted departures count in metrics, timelines, the API and exports.</summary>
public enum DepartureStatus
{
    Extracted = 0,
    Accepted = 1,
    Rejected = 2,
}
