// An integrator's program (a CTI platform and a complaint system) written against the client Kiota generates from
// ServiceConsole's /openapi/v1.json. Usage: ClientProbe <base url> <api key>. Prints one line per check and exits
// 0 when every check holds, 1 at the first that does not.
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using ServiceConsole.Client;
using ServiceConsole.Client.Models;
using ComplaintsStatus = ServiceConsole.Client.Api.V1.Complaints.GetStatusQueryParameterType;
using CallbacksStatus = ServiceConsole.Client.Api.V1.Callbacks.GetStatusQueryParameterType;

var baseUrl = args[0].TrimEnd('/');
var run = Guid.NewGuid().ToString("N")[..8];
var api = Client(args[1]);

try
{
    // A CTI platform hands over a call with only the required fields.
    var contact = await api.Api.V1.Contacts.PostAsync(new ContactCreateRequest
    {
        ExternalId = $"probe-{run}-1", Channel = ContactCreateRequest_channel.Phone, CustomerName = "王女士", CustomerPhone = "13800138000",
    });
    Check(contact?.Id is not null && contact.Channel == ContactResource_channel.Phone && contact.ExternalId == $"probe-{run}-1"
        && contact.RespondBy is not null && contact.Status == ContactResource_status.Waiting,
        $"a contact posted with its required fields comes back typed: {contact?.Status}, respond by {contact?.RespondBy:O}");
    var retried = await api.Api.V1.Contacts.PostAsync(new ContactCreateRequest
    {
        ExternalId = $"probe-{run}-1", Channel = ContactCreateRequest_channel.Phone, CustomerName = "王女士", CustomerPhone = "13800138000",
    });
    Check(retried?.Id == contact!.Id, "the same externalId posted again answers with the same contact");
    var read = await api.Api.V1.Contacts[contact.Id!.Value].GetAsync();
    Check(read?.Id == contact.Id && read.CustomerName == "王女士", "the contact reads back by its id");

    var unknown = await Expect<ApiException>(() => api.Api.V1.Contacts[Guid.NewGuid()].GetAsync());
    Check(unknown.ResponseStatusCode == 404, $"an unknown contact id is a {unknown.ResponseStatusCode}");
    var invalid = await Expect<HttpValidationProblemDetails>(() => api.Api.V1.Contacts.PostAsync(new ContactCreateRequest
    {
        ExternalId = $"probe-{run}-2", Channel = ContactCreateRequest_channel.Phone, CustomerName = "王女士", CustomerPhone = "12345",
    }));
    Check(invalid.ResponseStatusCode == 400 && invalid.Errors?.AdditionalData.ContainsKey("customerPhone") == true,
        $"a refused phone number is a typed validation problem naming customerPhone ({invalid.Title})");
    var conflict = await Expect<ProblemDetails>(() => api.Api.V1.Contacts.PostAsync(new ContactCreateRequest
    {
        ExternalId = $"probe-{run}-1", Channel = ContactCreateRequest_channel.Online, CustomerName = "王女士", CustomerPhone = "13800138000",
    }));
    Check(conflict.ResponseStatusCode == 409 && conflict.Status == 409, "the same externalId with other content is a typed 409 problem");

    // The contact is answered by an agent on its channel, a callback is promised, and the contact is closed.
    var agents = await api.Api.V1.Agents.GetAsync() ?? [];
    var phoneAgent = contact.AgentCode ?? agents.First(a => a.Channel == "phone").Code!;
    Check(agents.Count > 0 && agents.All(a => !string.IsNullOrEmpty(a.Code) && !string.IsNullOrEmpty(a.Name)), $"{agents.Count} agents listed with codes and names");
    var answered = await api.Api.V1.Contacts[contact.Id.Value].Answer.PostAsync(new ContactAnswerRequest { AgentCode = phoneAgent });
    Check(answered?.Status == ContactResource_status.Answered && answered.AgentCode == phoneAgent && answered.FirstResponseSeconds is not null,
        $"the contact is answered by {phoneAgent} after {answered?.FirstResponseSeconds} s");
    var promise = await api.Api.V1.Contacts[contact.Id.Value].Promise.PostAsync(new PromiseRequest { AgentCode = phoneAgent });
    Check(promise?.Kind == CallbackResource_kind.Promise && promise.ContactId == contact.Id && promise.DueAt > DateTimeOffset.UtcNow,
        $"a promised callback is due at {promise?.DueAt:O}");
    var open = await api.Api.V1.Callbacks.GetAsync(c =>
    {
        c.QueryParameters.Status = CallbacksStatus.Open;
        c.QueryParameters.AgentCode = phoneAgent;
    });
    Check(open?.Any(c => c.Id == promise!.Id) == true, "the promise is in the agent's open callbacks");
    var closed = await api.Api.V1.Contacts[contact.Id.Value].Close.PostAsync(new ContactCloseRequest { Resolved = true, Satisfaction = 5 });
    Check(closed?.Status == ContactResource_status.Closed && closed.Satisfaction == 5, "the contact is closed with its satisfaction");

    // A complaint system registers a delay complaint and takes it through its lifecycle to closed.
    var complaint = await api.Api.V1.Complaints.PostAsync(new ComplaintCreateRequest
    {
        ExternalId = $"probe-{run}-c", Channel = ComplaintCreateRequest_channel.Phone, CustomerName = "李先生", CustomerPhone = "13900139000",
        WaybillNo = "YD4312345678901", OutletCode = "HZ-XH-01", Category = ComplaintCreateRequest_category.Delay, DelayDays = 2,
        ShippingFee = 12.0m, Demand = "赔偿",
    });
    Check(complaint?.Id is not null && complaint.Status == ComplaintResource_status.Registered && complaint.VerifyBy is not null
        && complaint.ResolveBy is not null && complaint.Severity is not null, $"a complaint is registered as {complaint?.Severity}, verify by {complaint?.VerifyBy:O}");
    var id = complaint!.Id!.Value;
    var page = await api.Api.V1.Complaints.GetAsync(c =>
    {
        c.QueryParameters.Status = ComplaintsStatus.All;
        c.QueryParameters.PageSize = 50;
    });
    Check(page?.Items?.Any(c => c.Id == id) == true && page.Total >= 1, $"the complaint is on the first page of {page?.Total}");
    var verified = await api.Api.V1.Complaints[id].Verify.PostAsync(new ComplaintVerifyRequest
    {
        Findings = "包裹在网点滞留两天", FaultParty = ComplaintVerifyRequest_faultParty.None,
    });
    Check(verified?.Status == ComplaintResource_status.Verified, "the complaint is verified");
    var proposed = await api.Api.V1.Complaints[id].Propose.PostAsync(new ComplaintProposeRequest
    {
        Kind = ComplaintProposeRequest_kind.Coupon, Amount = 12.0m, Note = "运费券",
    });
    Check(proposed?.Rounds?.Count == 1, "a negotiation round is open");
    var accepted = await api.Api.V1.Complaints[id].Accept.PostAsync(new ComplaintNoteRequest());
    Check(accepted?.Status == ComplaintResource_status.Resolved && accepted.CallbackDue is not null, $"the proposal is accepted, callback due {accepted?.CallbackDue:O}");
    var done = await api.Api.V1.Complaints[id].Callback.PostAsync(new ComplaintCallbackRequest { Satisfied = true, Satisfaction = 5 });
    Check(done?.Status == ComplaintResource_status.Closed, "the satisfied callback closes the complaint");
    var refused = await Expect<ProblemDetails>(() => api.Api.V1.Complaints[id].Verify.PostAsync(new ComplaintVerifyRequest { Findings = "再次核实" }));
    Check(refused.ResponseStatusCode == 409 && !string.IsNullOrEmpty(refused.Detail), $"verifying a closed complaint is a typed 409 problem: {refused.Detail}");

    var quote = await api.Api.V1.Compensation.Quote.PostAsync(new CompensationQuoteRequest
    {
        Category = CompensationQuoteRequest_category.Delay, DelayDays = 3, ShippingFee = 15.0m,
    });
    Check(quote?.Kind is not null && quote.Amount > 0 && !string.IsNullOrEmpty(quote.RuleId), $"a delay of 3 days is quoted {quote?.Kind} {quote?.Amount} under {quote?.RuleId}");
    var modes = await api.Api.V1.Emergency.GetAsync() ?? [];
    Check(modes.Count == 3 && modes.All(m => m.Mode is not null), "the three emergency modes are listed");

    var stranger = await Expect<ApiException>(() => Client("not-the-key").Api.V1.Agents.GetAsync());
    Check(stranger.ResponseStatusCode == 401, $"a wrong key is a {stranger.ResponseStatusCode}");
}
catch (Exception e) when (e is not ProbeFailed)
{
    Console.WriteLine($"FAIL unexpected {e.GetType().Name}: {e.Message} {(e as ApiException)?.ResponseStatusCode}");
    return 1;
}
catch (ProbeFailed)
{
    return 1;
}

Console.WriteLine("ALL PASSED");
return 0;

ConsoleApiClient Client(string key)
{
    // The key header on every request, as the integration contract asks (X-Api-Key).
    var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
    http.DefaultRequestHeaders.Add("X-Api-Key", key);
    return new ConsoleApiClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http) { BaseUrl = baseUrl });
}

static void Check(bool holds, string what)
{
    Console.WriteLine($"{(holds ? "PASS" : "FAIL")} {what}");
    if (!holds)
    {
        throw new ProbeFailed();
    }
}

static async Task<TException> Expect<TException>(Func<Task> call) where TException : Exception
{
    try
    {
        await call();
    }
    catch (TException expected)
    {
        return expected;
    }

    Console.WriteLine($"FAIL expected {typeof(TException).Name}, the call succeeded");
    throw new ProbeFailed();
}

sealed class ProbeFailed : Exception;
