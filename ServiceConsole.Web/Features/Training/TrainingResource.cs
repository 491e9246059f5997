namespace ServiceConsole.Web.Features.Training;

/// <summary>Marker for the training screens' strings (TrainingResource*.resx beside it).</summary>
public sealed class TrainingResource;
