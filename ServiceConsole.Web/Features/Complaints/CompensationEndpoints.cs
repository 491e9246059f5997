using ServiceConsole.Domain;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Common.OpenApi;

namespace ServiceConsole.Web.Features.Complaints;

public static class CompensationEndpoints
{
    public static RouteGroupBuilder MapCompensationEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/compensation/quote", (CompensationQuoteRequest request, CompensationCalculator calculator) =>
                Quote(request, calculator).ToHttp())
            .WithTags("Complaints")
            .Produces<CompensationQuoteResource>()
            .ProducesValidationProblem()
            .WithName("QuoteCompensation")
            .WithRequestExample("""
                { "category": "delay", "delayDays": 3, "repairable": false, "repairCost": null, "itemValue": 800.0,
                  "insured": false, "insuredValue": null, "shippingFee": 15.0 }
                """)
            .WithSummary("What the policy offers for a delay, damage or loss (CMP-05…07).")
            .RequireAuthorization();
        return api;
    }

    internal static OperationResult<CompensationQuoteResource> Quote(CompensationQuoteRequest request, CompensationCalculator calculator)
    {
        var errors = new ValidationErrors();
        ComplaintCategory category = default;
        if (string.IsNullOrWhiteSpace(request.Category))
        {
            errors.Add("category", "category is required: delay, damage or loss.");
        }
        else if (!WireNames.TryParseComplaintCategory(request.Category, out category)
            || category is not (ComplaintCategory.Delay or ComplaintCategory.Damage or ComplaintCategory.Loss))
        {
            errors.Add("category", $"Unsupported category {ValidationErrors.Echo(request.Category)} for compensation: use delay, damage or loss.");
        }

        errors.Count("delayDays", request.DelayDays, 365);
        if (category == ComplaintCategory.Delay && request.DelayDays is null or 0 && !errors.Has("category"))
        {
            errors.Add("delayDays", "delayDays is required for a delay and is at least 1.");
        }

        errors.Money("repairCost", request.RepairCost);
        errors.Money("itemValue", request.ItemValue);
        errors.Money("insuredValue", request.InsuredValue);
        errors.Money("shippingFee", request.ShippingFee);
        if (errors.Any)
        {
            return OperationResult<CompensationQuoteResource>.Invalid(errors.ToDictionary());
        }

        try
        {
            var quote = calculator.Quote(new CompensationRequest(
                category, request.DelayDays, request.Repairable ?? false, request.RepairCost, request.ItemValue,
                request.Insured ?? false, request.InsuredValue, request.ShippingFee));
            return OperationResult<CompensationQuoteResource>.Ok(new CompensationQuoteResource(WireNames.ToWire(quote.Kind), quote.Amount, quote.RuleId));
        }
        catch (ArgumentException ex)
        {
            return OperationResult<CompensationQuoteResource>.Invalid(ex.ParamName ?? "category", ex.PlainMessage());
        }
    }
}
