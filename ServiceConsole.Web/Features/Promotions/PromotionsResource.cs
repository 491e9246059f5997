namespace ServiceConsole.Web.Features.Promotions;

/// <summary>Marker for the promotion screens' strings (PromotionsResource*.resx beside it).</summary>
public sealed class PromotionsResource;
