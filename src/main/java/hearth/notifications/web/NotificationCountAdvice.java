package hearth.notifications.web;

import hearth.notifications.Notifications;
import hearth.security.CurrentUser;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The unread count in every page's header. */
@ControllerAdvice
class NotificationCountAdvice {

    private final Notifications notifications;

    NotificationCountAdvice(Notifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute
    void count(Model model) {
        CurrentUser.get().ifPresent(u -> model.addAttribute("notificationCount", notifications.unreadCount(u.getUsername())));
    }
}
