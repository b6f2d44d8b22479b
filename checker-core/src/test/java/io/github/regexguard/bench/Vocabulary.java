package io.github.regexguard.bench;

import java.util.List;

/** Words the generated code is made of. */
final class Vocabulary {

    /** Things a business module handles; they name services, records and helper methods. */
    static final List<String> BUSINESS_NOUNS = List.of(
            "Invoice", "Order", "Shipment", "Ticket", "Payment", "Voucher", "Parcel", "Quote", "Refund",
            "Subscription", "Coupon", "Review", "Session", "Device", "Report", "Batch", "Campaign", "Contract",
            "Delivery", "Discount", "Fee", "Ledger", "Listing", "Offer", "Plan", "Policy", "Reservation",
            "Schedule", "Settlement", "Statement", "Task", "Transfer", "Cart", "Claim", "Budget", "Receipt");

    /** People and organisations stored in identity collections and tables. */
    static final List<String> PARTY_NOUNS = List.of(
            "Customer", "Account", "Member", "Subscriber", "Merchant", "Partner", "Employee", "Vendor", "Tenant",
            "Operator", "Agent", "Courier", "Supplier", "Reseller", "Contact", "Profile", "Player", "Student",
            "Driver", "Patient", "Client", "Author", "Seller", "Buyer", "Guest", "Host", "Owner", "Investor",
            "Volunteer", "Reviewer");

    static final List<String> MODULES = List.of(
            "accounts", "billing", "catalog", "checkout", "crm", "inventory", "loyalty", "notifications", "orders",
            "payments", "pricing", "reporting", "search", "shipping", "support", "identity", "onboarding",
            "fulfillment", "marketing", "analytics", "compliance", "scheduling", "messaging", "returns",
            "subscriptions", "ledger", "reviews", "partners", "warehouse", "audit");

    static final List<String> SUBMODULES = List.of(
            "core", "admin", "export", "sync", "portal", "batch", "gateway", "internal", "legacy", "mobile");

    static final List<String> RECORD_SUFFIXES = List.of("Summary", "Snapshot", "Line", "Key", "Totals", "Window");

    static final List<String> EVENT_VERBS = List.of("Created", "Updated", "Cancelled", "Approved", "Archived", "Renewed");

    static final List<String> UTIL_SUFFIXES = List.of("Formatter", "Calculator", "Support", "Mapper", "Parser", "Codec");

    private Vocabulary() {
    }
}
