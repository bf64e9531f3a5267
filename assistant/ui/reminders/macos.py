"""Reminders in the macOS Notification Center with Snooze and Done, through
UserNotifications (PyObjC).

Not yet run on a Mac: the calls into UserNotifications below follow
PyObjC's ``pyobjc-framework-UserNotifications`` and Apple's documentation but
have never run, since this project's tests run on Linux. What the tests do
run is everything that needs no Mac: the categories and their actions
(:func:`categories`), the mapping of a response back to (notice id, action)
(:func:`response_action`), the bundle check, the hand-over of a response from
the system's queue to ``acted`` on the GUI thread, and the fallback to the
in-app popup where PyObjC is missing.

UNUserNotificationCenter works only in the signed app bundle
(``io.github.localassistant.Assistant``, packaging/assistant.spec): from a
plain ``python`` it raises, and from a framework build it would speak for
Python.app. Elsewhere :func:`create` returns None and the popup shows
reminders. The user's answer to the permission request comes later; a
refusal, or a request the system rejects, is reported through ``failed`` and
the popup takes over. Each notice is one request named by the notice's id, so
showing it again (or its confirmation) replaces it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cache
from typing import Any

from PySide6.QtCore import QObject

from assistant.ui.reminders.notifier import UNDO, Notice, ReminderNotifier

log = logging.getLogger(__name__)

BUNDLE_ID = "io.github.localassistant.Assistant"
REMINDER_CATEGORY = "reminder"
UNDO_CATEGORY = "reminder-undo"
# The values of UNNotificationDefaultActionIdentifier (the body was clicked)
# and UNNotificationDismissActionIdentifier.
DEFAULT_ACTION = "com.apple.UNNotificationDefaultActionIdentifier"
DISMISS_ACTION = "com.apple.UNNotificationDismissActionIdentifier"
# What ``acted`` says for a click on the body: the window opens.
OPEN = "default"


class NotifyRefused(Exception):
    """The user (or the system) did not allow the app's notifications."""


@dataclass(frozen=True)
class Category:
    """A UNNotificationCategory: its identifier and its (action id, title) buttons."""

    identifier: str
    actions: tuple[tuple[str, str], ...]


def categories(buttons: list[tuple[str, str]], undo_label: str) -> list[Category]:
    """The two kinds of notice: a reminder with its buttons, and a confirmation with Undo."""
    plain = tuple((action, label.replace("&", "")) for action, label in buttons)
    return [
        Category(REMINDER_CATEGORY, plain),
        Category(UNDO_CATEGORY, ((UNDO, undo_label.replace("&", "")),)),
    ]


def response_action(request_id: str, action_id: str) -> tuple[str, str] | None:
    """(notice id, action) for the user's response to the request ``request_id``;
    None when the notice was only dismissed."""
    if not request_id or not action_id or action_id == DISMISS_ACTION:
        return None
    return request_id, OPEN if action_id == DEFAULT_ACTION else action_id


def usable_bundle(bundle_id: str | None) -> bool:
    """Whether notifications may be asked for in this process: only as the app itself."""
    return bundle_id == BUNDLE_ID


@cache
def _delegate_class() -> Any:
    """The UNUserNotificationCenterDelegate (an Objective-C class: made once)."""
    import objc
    import UserNotifications as un
    from Foundation import NSObject

    protocol = objc.protocolNamed("UNUserNotificationCenterDelegate")
    shown_in_front = (
        un.UNNotificationPresentationOptionBanner
        | un.UNNotificationPresentationOptionList
        | un.UNNotificationPresentationOptionSound
    )

    class ReminderCenterDelegate(NSObject, protocols=[protocol]):  # type: ignore[call-arg]
        notifier: MacNotifier | None = None

        def userNotificationCenter_didReceiveNotificationResponse_withCompletionHandler_(
            self, _center: Any, response: Any, completion: Any
        ) -> None:
            try:
                request = response.notification().request().identifier()
                if self.notifier is not None:
                    self.notifier.responded(str(request), str(response.actionIdentifier()))
            finally:
                completion()

        def userNotificationCenter_willPresentNotification_withCompletionHandler_(
            self, _center: Any, _notification: Any, completion: Any
        ) -> None:
            completion(shown_in_front)  # shown while the app is in front, too

    return ReminderCenterDelegate


class MacNotifier(ReminderNotifier):
    """Reminders in the Notification Center, with Snooze and Done."""

    def __init__(self, center: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.center = center  # UNUserNotificationCenter.currentNotificationCenter()
        self.refused = False  # the permission request was answered "no"
        self._shown: set[str] = set()
        self.delegate: Any = None

    @classmethod
    def create(cls, parent: QObject | None = None) -> MacNotifier | None:
        """The notifier of the app bundle, or None (no PyObjC, not the bundle)."""
        try:
            import UserNotifications as un
            from Foundation import NSBundle
        except ImportError:
            log.info("PyObjC's UserNotifications is not installed; the popup shows reminders")
            return None
        bundle_id = NSBundle.mainBundle().bundleIdentifier()
        if not usable_bundle(bundle_id):
            log.info("not running as the app bundle (%s); the popup shows reminders", bundle_id)
            return None
        notifier = cls(un.UNUserNotificationCenter.currentNotificationCenter(), parent)
        notifier.install()
        return notifier

    def install(self) -> None:
        """Delegate, categories, and the permission request (answered later)."""
        import UserNotifications as un
        from Foundation import NSSet

        self.delegate = _delegate_class().alloc().init()
        self.delegate.notifier = self
        self.center.setDelegate_(self.delegate)
        made = []
        for category in categories(self.button_labels(), self.tr("Undo")):
            actions = [
                un.UNNotificationAction.actionWithIdentifier_title_options_(
                    action, title, un.UNNotificationActionOptionNone
                )
                for action, title in category.actions
            ]
            made.append(
                un.UNNotificationCategory.categoryWithIdentifier_actions_intentIdentifiers_options_(
                    category.identifier, actions, [], un.UNNotificationCategoryOptionNone
                )
            )
        self.center.setNotificationCategories_(NSSet.setWithArray_(made))
        options = un.UNAuthorizationOptionAlert | un.UNAuthorizationOptionSound
        self.center.requestAuthorizationWithOptions_completionHandler_(options, self._authorized)

    def _authorized(self, granted: bool, error: Any) -> None:
        """The permission answer, on a queue of the system's."""
        if not granted:
            self.refused = True
            self.fail_later("", f"notifications not allowed: {error}")

    def show(self, notice: Notice) -> None:
        category = REMINDER_CATEGORY if notice.actions else ""
        self._post(notice.id, notice.title, notice.body, category)

    def confirm(self, notice_id: str, text: str, can_undo: bool) -> None:
        self._post(notice_id, text, "", UNDO_CATEGORY if can_undo else "")

    def withdraw(self, notice_id: str) -> None:
        if notice_id in self._shown:
            self._shown.discard(notice_id)
            self.center.removeDeliveredNotificationsWithIdentifiers_([notice_id])
            self.center.removePendingNotificationRequestsWithIdentifiers_([notice_id])

    def stop(self) -> None:
        for notice_id in list(self._shown):
            self.withdraw(notice_id)

    def _post(self, notice_id: str, title: str, body: str, category: str) -> None:
        if self.refused:
            raise NotifyRefused("the app may not post notifications")
        import UserNotifications as un

        content = un.UNMutableNotificationContent.alloc().init()
        content.setTitle_(title)
        content.setBody_(body)
        content.setCategoryIdentifier_(category)
        content.setSound_(un.UNNotificationSound.defaultSound())
        # The same identifier replaces the notice's last notification.
        request = un.UNNotificationRequest.requestWithIdentifier_content_trigger_(
            notice_id, content, None
        )

        def added(error: Any) -> None:  # on a queue of the system's
            if error is not None:
                self.fail_later(notice_id, str(error))

        self.center.addNotificationRequest_withCompletionHandler_(request, added)
        self._shown.add(notice_id)

    def responded(self, request_id: str, action_id: str) -> None:
        """The user's response (any thread): ``acted`` on the GUI thread."""
        answer = response_action(request_id, action_id)
        if answer is not None:
            self.act_later(*answer)


def create(parent: QObject | None = None) -> MacNotifier | None:
    """What ``platform_notifier`` calls on macOS."""
    return MacNotifier.create(parent)
