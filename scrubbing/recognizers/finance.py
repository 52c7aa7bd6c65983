"""Financial identifiers: IBAN (mod 97), payment card numbers (Luhn), bank account numbers."""

from __future__ import annotations

from presidio_analyzer import Pattern

from fedtune.scrubbing.recognizers.base import (
    DomainRecognizer,
    digits,
    labelled,
    luhn_valid,
)


class IbanCodeRecognizer(DomainRecognizer):
    ENTITY = "IBAN_CODE"
    # The shape alone passes the threshold: a failed check digit is a typo, still someone's account.
    PATTERNS = (Pattern("IBAN", r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b", 0.4),)
    CONTEXT = ("iban", "bank", "account", "transfer", "swift", "bic")

    def validate_result(self, pattern_text: str) -> bool | None:
        """ISO 13616 (first four characters to the end, letters to 10..35, mod 97 == 1) raises the score; failing it never drops."""
        compact = pattern_text.replace(" ", "")
        rearranged = compact[4:] + compact[:4]
        valid = 15 <= len(compact) <= 34 and int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1
        return True if valid else None


class CardNumberRecognizer(DomainRecognizer):
    ENTITY = "CREDIT_CARD"
    PATTERNS = (Pattern("card number", r"\b(?:\d[ -]?){12,18}\d\b", 0.3),)
    CONTEXT = ("card", "credit", "debit", "visa", "mastercard", "amex", "payment", "cc")

    def validate_result(self, pattern_text: str) -> bool | None:
        """A Luhn-valid number scores the maximum; any other keeps the pattern's score (and the shape recognizer's)."""
        number = digits(pattern_text)
        return True if 13 <= len(number) <= 19 and len(set(number)) > 1 and luhn_valid(number) else None


class AccountNumberRecognizer(DomainRecognizer):
    ENTITY = "ACCOUNT_NUMBER"
    PATTERNS = (
        Pattern(
            "account (labelled)",
            labelled(r"account|acct\.?|a/c|bank\s+account|checking|savings|routing|ABA|sort\s+code|swift|bic|BSB", r"[A-Z]{0,4}\d[\d -]{3,20}\d\b|[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?\b"),
            0.85,
        ),
        Pattern("account (bare digits)", r"\b\d{8,17}\b", 0.05),
    )
    CONTEXT = ("account", "acct", "bank", "routing", "checking", "savings", "deposit", "wire")
