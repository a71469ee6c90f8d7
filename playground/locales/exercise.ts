// Strings of the exercises shown at the end of each chapter (<DockerExercise>).
export default {
  zh: {
    'exercise.label': '练习',
    'exercise.solved': '已完成',
    'exercise.notFound': '找不到练习 “{id}”。',
    'exercise.passed': '全部通过！Docker 会按你要的方式构建这个项目。',
    'exercise.remaining': '还有 {count} 处要改：',
    'exercise.hint': '提示',
    'exercise.hideHint': '收起提示',
    'exercise.showSolution': '显示答案',
    'exercise.reset': '重新开始',
    'exercise.checkFailed': '检查时出错：{message}',
    'exercise.solvedBefore': '你之前已经完成过这道练习。',
  },
  en: {
    'exercise.label': 'Exercise',
    'exercise.solved': 'Solved',
    'exercise.notFound': 'No exercise named “{id}”.',
    'exercise.passed': 'All checks pass: Docker would build this project the way you want.',
    'exercise.remaining': '{count} thing(s) still to fix:',
    'exercise.hint': 'Hint',
    'exercise.hideHint': 'Hide hint',
    'exercise.showSolution': 'Show solution',
    'exercise.reset': 'Start over',
    'exercise.checkFailed': 'The check failed: {message}',
    'exercise.solvedBefore': 'You solved this exercise before.',
  },
}
