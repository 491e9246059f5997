namespace ServiceConsole.Web.Features.Assessment;

/// <summary>Marker for the assessment screens' UI strings (AssessmentResource*.resx beside it); Chinese is the neutral culture.</summary>
public sealed class AssessmentResource;
