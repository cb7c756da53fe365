/**
 * The icons the pane uses, imported one file each: the package's index pulls in every icon, which would triple
 * the pane's first load.
 */
export { Add16Regular } from "@fluentui/react-icons/svg/add";
export { ArrowRight16Regular } from "@fluentui/react-icons/svg/arrow-right";
export { ArrowSync20Regular } from "@fluentui/react-icons/svg/arrow-sync";
export { ChevronDown20Regular } from "@fluentui/react-icons/svg/chevron-down";
export { ChevronUp20Regular } from "@fluentui/react-icons/svg/chevron-up";
export { ClipboardTaskListLtr20Regular } from "@fluentui/react-icons/svg/clipboard-task-list-ltr";
export { CommentAdd20Regular } from "@fluentui/react-icons/svg/comment-add";
export { CommentDismiss20Regular } from "@fluentui/react-icons/svg/comment-dismiss";
export { Copy20Regular } from "@fluentui/react-icons/svg/copy";
export { Delete16Regular } from "@fluentui/react-icons/svg/delete";
export { DocumentAdd20Regular } from "@fluentui/react-icons/svg/document-add";
export { DocumentEdit20Regular } from "@fluentui/react-icons/svg/document-edit";
export { Edit16Regular } from "@fluentui/react-icons/svg/edit";
export { EyeOff16Regular } from "@fluentui/react-icons/svg/eye-off";
export { Lightbulb16Regular } from "@fluentui/react-icons/svg/lightbulb";
export { PeopleTeam20Regular } from "@fluentui/react-icons/svg/people-team";
export { QuestionCircle16Regular } from "@fluentui/react-icons/svg/question-circle";
export { QuestionCircle20Regular } from "@fluentui/react-icons/svg/question-circle";
export { Search20Regular } from "@fluentui/react-icons/svg/search";
export { Wrench16Regular } from "@fluentui/react-icons/svg/wrench";
